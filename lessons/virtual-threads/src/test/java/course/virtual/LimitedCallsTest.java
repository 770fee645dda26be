package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The calls wait on a gate that this test opens, so the test, not the scheduler, decides when they end. It opens
 * the gate only once it has seen one of two states: every permit taken and every other task queued on the
 * semaphore (a limit works), or more calls inside than permits (no limit). Both states are reached in every run
 * of the code they describe, so the result does not depend on timing.
 */
class LimitedCallsTest {

    private static final int TASKS = 100;
    private static final int PERMITS = 5;

    @Test
    void neverMoreCallsAtOnceThanPermitsAndTheOthersWaitForOne() {
        Semaphore permits = new Semaphore(PERMITS);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        AtomicReference<Object> result = new AtomicReference<>();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Thread runner = Thread.ofPlatform().name("runner").start(() -> {
                try {
                    result.set(LimitedCalls.run(TASKS, permits, () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            gate.await();
                        } finally {
                            inside.decrementAndGet();
                        }
                    }));
                } catch (Exception | Error e) {
                    result.set(e);
                }
            });
            // Wait (not for a time: for a state) until the limit shows, or its absence does.
            while (most.get() <= PERMITS
                    && !(inside.get() == PERMITS && permits.getQueueLength() == TASKS - PERMITS)) {
                assertThat(runner.isAlive()).as("LimitedCalls.run ended before the gate opened: %s", result.get())
                        .isTrue();
                TimeUnit.MILLISECONDS.sleep(1); // polls a condition; no decision depends on how long this takes
            }
            int mostBeforeTheGate = most.get();
            gate.countDown();
            runner.join();

            assertThat(mostBeforeTheGate).as("calls inside at once, with %d permits", PERMITS).isEqualTo(PERMITS);
            assertThat(result.get()).isEqualTo(PERMITS);
        });
    }

    @Test
    void aFailedCallFailsTheRunInsteadOfBeingLost() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            AtomicInteger calls = new AtomicInteger();
            assertThatThrownBy(() -> LimitedCalls.run(10, 3, () -> {
                if (calls.incrementAndGet() == 7) {
                    throw new IllegalStateException("connection refused");
                }
            })).isInstanceOf(ExecutionException.class).cause().hasMessage("connection refused");
            assertThat(calls.get()).as("every call still ran").isEqualTo(10);
        });
    }
}
