package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * What a unit test can show about Settings and LiveSettings: that a Settings cannot change after it is made,
 * and that replace swaps in a new object. It cannot show what the volatile of LiveSettings is for: every
 * hand-over between threads in a test (Thread.start, join, a latch) is itself a happens-before edge (JLS
 * 17.4.5), so these tests pass with or without volatile. Only a stress test (jcstress) can look for a reader
 * that misses the replacement.
 */
class SettingsTest {

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheTags() {
        List<String> tags = new ArrayList<>(List.of("blue"));
        Settings settings = new Settings("example.org", 443, tags);
        tags.add("green"); // the caller changes its own list afterwards

        assertThat(settings.tags()).containsExactly("blue");
        assertThatThrownBy(() -> settings.tags().add("red")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @Timeout(value = 5, threadMode = ThreadMode.SEPARATE_THREAD)
    void replaceSwapsInANewObjectAndLeavesTheOldOneAsItWas() throws InterruptedException {
        Settings old = new Settings("old.example.org", 80, List.of());
        LiveSettings live = new LiveSettings(old);
        Settings before = live.current(); // a reader that still holds the old settings...
        live.replace(new Settings("new.example.org", 443, List.of("tls")));
        AtomicReference<Settings> seen = new AtomicReference<>();

        // Thread.start happens-before the reader's actions (JLS 17.4.5): this read would see the replacement
        // without volatile too. The test shows the swap, not the volatile.
        Threads.run(() -> seen.set(live.current())).joinAndRethrow();

        assertThat(seen.get()).isEqualTo(new Settings("new.example.org", 443, List.of("tls")));
        assertThat(before).isSameAs(old).isEqualTo(new Settings("old.example.org", 80, List.of())); // ...keeps them whole
    }
}
