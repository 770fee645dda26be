package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedPoolTest {

    @Test
    void busyThreadsPlusAFullQueueRefuseEveryFurtherTask() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BoundedPool.Outcome outcome = BoundedPool.run(2, 3, 8, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(new BoundedPool.Outcome(5, 3, 5)); // 2 running + 3 queued; all 5 ran
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "task 1 accepted (0 waiting in the queue)",
                "task 2 accepted (0 waiting in the queue)",
                "task 3 accepted (1 waiting in the queue)",
                "task 4 accepted (2 waiting in the queue)",
                "task 5 accepted (3 waiting in the queue)",
                "task 6 refused: the queue is full",
                "task 7 refused: the queue is full",
                "task 8 refused: the queue is full");
    }

    @Test
    void thePoolHasAFixedSizeAndABoundedQueue() {
        try (ThreadPoolExecutor pool = BoundedPool.create(2, 3)) {
            assertThat(pool.getCorePoolSize()).isEqualTo(2);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
            assertThat(pool.getQueue()).isInstanceOf(ArrayBlockingQueue.class);
            assertThat(pool.getQueue().remainingCapacity()).isEqualTo(3);
            assertThat(pool.getRejectedExecutionHandler()).isInstanceOf(ThreadPoolExecutor.AbortPolicy.class);
        }
    }
}
