package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PoolGrowthTest {

    @Test
    void coreThreadsFirstThenTheQueueThenThreadsUpToTheMaximumThenRefusal() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int ran = PoolGrowth.run(4, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // Every accepted task waits until all were offered, so no thread frees up and the order is the rule's.
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "task 1: 1 threads, 0 waiting in the queue",   // fewer than core threads: a new thread
                "task 2: 1 threads, 1 waiting in the queue",   // core threads busy: the queue
                "task 3: 2 threads, 1 waiting in the queue",   // queue full: a new thread, up to the maximum
                "task 4: refused (2 threads busy, the queue full)");
        assertThat(ran).isEqualTo(3);
    }
}
