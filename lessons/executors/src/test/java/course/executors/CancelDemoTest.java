package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CancelDemoTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(1);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void cancellingACompletableFutureDoesNotInterruptItsComputation() throws InterruptedException {
        assertThat(CancelDemo.cancelACompletableFuture(pool)).isEqualTo(
                "cancelled, join() throws CancellationException; the computation ran to the end, never interrupted");
    }

    @Test
    void cancellingAFutureFromSubmitInterruptsItsComputation() throws Exception {
        assertThat(CancelDemo.cancelASubmittedTask(pool)).isEqualTo("cancelled; the computation interrupted");
    }
}
