package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TaskFailuresTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void theThreadEndsItsHandlerIsCalledAndTheStarterGoesOn() throws InterruptedException {
        TaskFailures.withHandler(out);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "handler: doomed ended by java.lang.IllegalStateException: no such file",
                "main goes on; doomed is TERMINATED");
    }

    @Test
    void executeReachesTheHandlerWhileSubmitKeepsTheExceptionInTheFuture() throws InterruptedException {
        TaskFailures.inAPool(out);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "handler: pool-1 ended by java.lang.IllegalStateException: thrown in execute",
                "submit: Future.get() threw java.lang.IllegalStateException: thrown in submit");
    }
}
