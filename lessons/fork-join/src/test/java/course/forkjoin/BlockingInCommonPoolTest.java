package course.forkjoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BlockingInCommonPoolTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

    @Test
    void aParallelStreamKeepsTheAnswersInOrder() {
        assertThat(BlockingInCommonPool.inParallelStream(NAMES, name -> name.toUpperCase(Locale.ROOT)))
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
    }

    @Test
    void virtualThreadsRunEveryWaitingLookupAtOnce() throws InterruptedException, ExecutionException {
        CountDownLatch allWaiting = new CountDownLatch(NAMES.size()); // reaches zero only when all ten wait at once
        BlockingInCommonPool.Meter meter = new BlockingInCommonPool.Meter();

        List<String> answers = BlockingInCommonPool.onVirtualThreads(NAMES, meter.around(name -> {
            allWaiting.countDown();
            try {
                return allWaiting.await(10, TimeUnit.SECONDS) ? name.toUpperCase(Locale.ROOT) : "alone";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }));

        assertThat(answers).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
        assertThat(meter.most()).isEqualTo(NAMES.size());
    }

    @Test
    void theMeterCountsOneCallAtATimeAsOne() {
        BlockingInCommonPool.Meter meter = new BlockingInCommonPool.Meter();
        var lookup = meter.around(name -> name + "!");
        assertThat(lookup.apply("x")).isEqualTo("x!");
        assertThat(lookup.apply("y")).isEqualTo("y!");
        assertThat(meter.most()).isEqualTo(1);
    }
}
