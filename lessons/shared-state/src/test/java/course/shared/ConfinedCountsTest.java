package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConfinedCountsTest {

    @Test
    void eachThreadCountsItsOwnTextAndTheCallerSeesAllResultsAfterJoin() throws InterruptedException {
        assertThat(ConfinedCounts.vowelsPerText(List.of("banana", "sky", "queue", "aeiou")))
                .containsExactly(3, 0, 4, 5);
    }

    @Test
    void eachThreadHasItsOwnNumberFormatAndKeepsIt() throws InterruptedException {
        NumberFormat mine = ConfinedCounts.formatOfThisThread();
        AtomicReference<NumberFormat> other = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().start(() -> other.set(ConfinedCounts.formatOfThisThread()));
        thread.join();

        assertThat(ConfinedCounts.formatOfThisThread()).isSameAs(mine); // the same thread: the same instance
        assertThat(other.get()).isNotNull().isNotSameAs(mine);          // another thread: its own
        assertThat(ConfinedCounts.format(1_234_567)).isEqualTo("1,234,567");
    }
}
