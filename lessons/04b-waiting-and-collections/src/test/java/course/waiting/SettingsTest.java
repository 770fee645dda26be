package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SettingsTest {

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheTags() {
        List<String> tags = new ArrayList<>(List.of("blue"));
        Settings settings = new Settings("example.org", 443, tags);
        tags.add("green");

        assertThat(settings.tags()).containsExactly("blue");
        assertThatThrownBy(() -> settings.tags().add("red")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @Timeout(10)
    void aThreadStartedAfterAReplacementReadsTheNewSettings() throws InterruptedException {
        LiveSettings live = new LiveSettings(new Settings("old.example.org", 80, List.of()));
        live.replace(new Settings("new.example.org", 443, List.of("tls")));
        AtomicReference<Settings> seen = new AtomicReference<>();

        Thread reader = Thread.ofPlatform().start(() -> seen.set(live.current()));
        reader.join();

        assertThat(seen.get()).isEqualTo(new Settings("new.example.org", 443, List.of("tls")));
    }
}
