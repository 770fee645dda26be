package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StageThreadsTest {

    @Test
    void aStageOnAFinishedFutureRunsOnTheCaller() {
        assertThat(StageThreads.onAFinishedFuture()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aStageAttachedBeforeCompletionRunsOnTheCompletingThread() throws InterruptedException {
        assertThat(StageThreads.onAFutureCompletedLater()).isEqualTo("completer");
    }

    @Test
    void theDefaultAsyncExecutorIsTheCommonPool() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StageThreads.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("the default async executor is the common pool: true")
                .contains("supplyAsync without an executor ran on a common pool worker: true");
    }
}
