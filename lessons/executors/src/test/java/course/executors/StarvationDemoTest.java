package course.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class StarvationDemoTest {

    /** More than a correct demo ever needs; a demo that waits without a limit fails after it instead of hanging. */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void inAPoolOfOneTheOuterTaskGivesUpOnTheInnerOneQueuedBehindIt() {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            // The inner task cannot run while the only thread waits for it: it times out on any machine.
            String answer = assertTimeoutPreemptively(LIMIT,
                    () -> StarvationDemo.outerWaitsForInner(pool, Duration.ofMillis(100)),
                    "the outer task must wait for the inner one with a time limit, not for ever");
            assertThat(answer).isEqualTo("gave up: the inner task is still queued behind the outer one");
        } finally {
            pool.shutdownNow(); // interrupts an outer task stuck in get() without a limit
        }
    }

    @Test
    void withASecondThreadTheInnerTaskRunsAndAnswers() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String answer = assertTimeoutPreemptively(LIMIT,
                    () -> StarvationDemo.outerWaitsForInner(pool, Duration.ofSeconds(4)));
            assertThat(answer).isEqualTo("the inner task's answer");
        } finally {
            pool.shutdownNow();
        }
    }
}
