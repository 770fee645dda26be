package course.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RetryTest {

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final Retry.Pause recordPause = pauses::add; // never waits: the test runs in milliseconds

    /** An attempt that fails `failures` times, then returns "done". */
    private Retry.Attempt<String> failingTimes(int failures) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("failure " + attempts.get());
            }
            return "done";
        };
    }

    @Test
    void anAttemptThatWorksIsCalledOnceWithoutPausing() throws Exception {
        String answer = new Retry(3, Duration.ofMillis(100), recordPause).call(failingTimes(0));

        assertThat(answer).isEqualTo("done");
        assertThat(attempts.get()).withFailMessage("Expected 1 attempt, got %d", attempts.get()).isEqualTo(1);
        assertThat(pauses).withFailMessage("Expected no pause, got %s", pauses).isEmpty();
    }

    @Test
    void pausesTwiceAsLongAfterEachFailure() throws Exception {
        String answer = new Retry(6, Duration.ofMillis(100), recordPause).call(failingTimes(4));

        assertThat(answer).isEqualTo("done");
        assertThat(attempts.get()).withFailMessage("Expected 5 attempts (4 failures, then success), got %d",
                attempts.get()).isEqualTo(5);
        assertThat(pauses).withFailMessage("Expected pauses of [100 ms, 200 ms, 400 ms, 800 ms] for four failures, got"
                + " %s.%nHint: pause after a failure, then double the wait; use the injected pause, not Thread.sleep.",
                pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                        Duration.ofMillis(800));
    }

    @Test
    void succeedsOnTheLastAttempt() throws Exception {
        String answer = new Retry(3, Duration.ofMillis(100), recordPause).call(failingTimes(2));

        assertThat(answer).withFailMessage("Expected the third and last attempt to succeed, got %s", answer)
                .isEqualTo("done");
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailureAsCause() {
        Throwable thrown = catchThrowable(() -> new Retry(3, Duration.ofMillis(100), recordPause).call(failingTimes(10)));

        assertThat(thrown).withFailMessage("Expected a GaveUpException after 3 failed attempts, got %s", thrown)
                .isInstanceOf(Retry.GaveUpException.class).hasMessage("gave up after 3 attempts");
        assertThat(attempts.get()).withFailMessage("Expected exactly 3 attempts, got %d", attempts.get()).isEqualTo(3);
        assertThat(thrown.getCause()).withFailMessage("Expected the last failure as the cause, got %s", thrown.getCause())
                .hasMessage("failure 3");
        assertThat(pauses).withFailMessage("Expected 2 pauses (none after the last attempt), got %s", pauses)
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void anInterruptDuringAPauseStopsTheRetriesAtOnce() {
        Retry.Pause interrupted = duration -> {
            pauses.add(duration);
            throw new InterruptedException("stop");
        };

        Throwable thrown = catchThrowable(() -> new Retry(5, Duration.ofMillis(100), interrupted).call(failingTimes(10)));

        assertThat(attempts.get()).withFailMessage("Expected no attempt after the pause was interrupted, but %d"
                + " attempts ran.%nHint: do not catch InterruptedException around the pause: let it out.",
                attempts.get()).isEqualTo(1);
        assertThat(thrown).withFailMessage("Expected call() to throw InterruptedException, got %s", thrown)
                .isInstanceOf(InterruptedException.class);
    }

    @Test
    void anInterruptedAttemptIsNotRetried() {
        InterruptedException interrupt = new InterruptedException("stop");
        Retry.Attempt<String> interruptedOnce = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw interrupt; // the attempt itself was interrupted, waiting for an answer
            }
            return "done";
        };

        Throwable thrown = catchThrowable(() -> new Retry(5, Duration.ofMillis(100), recordPause).call(interruptedOnce));

        assertThat(attempts.get()).withFailMessage("Expected no other attempt after an attempt was interrupted, but %d"
                + " attempts ran.%nHint: catch InterruptedException before Exception, and throw it on.",
                attempts.get()).isEqualTo(1);
        assertThat(pauses).withFailMessage("Expected no pause after an interrupted attempt, got %s", pauses).isEmpty();
        assertThat(thrown).withFailMessage("Expected call() to throw the attempt's InterruptedException, got %s",
                thrown).isSameAs(interrupt);
    }

    @Test
    void anInterruptedLastAttemptIsAnInterruptNotAGiveUp() {
        InterruptedException interrupt = new InterruptedException("stop");
        Retry.Attempt<String> interruptedLast = () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("failure " + attempts.get());
            }
            throw interrupt;
        };

        Throwable thrown = catchThrowable(() -> new Retry(3, Duration.ofMillis(100), recordPause).call(interruptedLast));

        assertThat(thrown).withFailMessage("Expected call() to throw the last attempt's InterruptedException (the"
                + " caller is asked to stop, not told that the work failed), got %s", thrown).isSameAs(interrupt);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Retry(0, Duration.ofMillis(100), recordPause)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retry(3, Duration.ofMillis(-1), recordPause)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneAttemptIsAllowedAndNeverPauses() {
        Throwable thrown = catchThrowable(() -> new Retry(1, Duration.ofMillis(100), recordPause).call(failingTimes(10)));

        assertThat(thrown).withFailMessage("Expected a GaveUpException after the only attempt, got %s", thrown)
                .isInstanceOf(Retry.GaveUpException.class);
        assertThat(attempts.get()).withFailMessage("Expected exactly 1 attempt, got %d", attempts.get()).isEqualTo(1);
        assertThat(pauses).withFailMessage("Expected no pause with a single attempt, got %s", pauses).isEmpty();
    }
}
