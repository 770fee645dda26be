package course.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

// A net: a retry that never stops is stopped by the limits below first; SEPARATE_THREAD also fails a test
// whose code spins and ignores interrupts (the default SAME_THREAD mode only interrupts it and waits).
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class RetryTest {

    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration CAP = Duration.ofMinutes(1);
    private static final Duration LARGEST = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    private static final int RUNAWAY = 10_000; // far more than any test allows: a retry that never stops

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final Retry.Pause recordPause = duration -> { // never waits: the test runs in milliseconds
        if (pauses.size() >= RUNAWAY) {
            throw new AssertionError("more than " + RUNAWAY + " pauses: the retry never gives up"); // not an Exception
        }
        pauses.add(duration);
    };

    /** An attempt that fails `failures` times, then returns "done". */
    private Retry.Attempt<String> failingTimes(int failures) {
        return () -> {
            if (attempts.get() >= RUNAWAY) {
                throw new AssertionError("more than " + RUNAWAY + " attempts: the retry never gives up");
            }
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("failure " + attempts.get());
            }
            return "done";
        };
    }

    @Test
    void anAttemptThatWorksIsCalledOnceWithoutPausing() throws Exception {
        String answer = new Retry(3, FIRST, CAP, recordPause).call(failingTimes(0));

        assertThat(answer).isEqualTo("done");
        assertThat(attempts.get()).withFailMessage("Expected 1 attempt, got %d", attempts.get()).isEqualTo(1);
        assertThat(pauses).withFailMessage("Expected no pause, got %s", pauses).isEmpty();
    }

    @Test
    void pausesTwiceAsLongAfterEachFailure() throws Exception {
        String answer = new Retry(6, FIRST, CAP, recordPause).call(failingTimes(4));

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
        String answer = new Retry(3, FIRST, CAP, recordPause).call(failingTimes(2));

        assertThat(answer).withFailMessage("Expected the third and last attempt to succeed, got %s", answer)
                .isEqualTo("done");
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailureAsCause() {
        Throwable thrown = catchThrowable(() -> new Retry(3, FIRST, CAP, recordPause).call(failingTimes(10)));

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

        Throwable thrown = catchThrowable(() -> new Retry(5, FIRST, CAP, interrupted).call(failingTimes(10)));

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

        Throwable thrown = catchThrowable(() -> new Retry(5, FIRST, CAP, recordPause).call(interruptedOnce));

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

        Throwable thrown = catchThrowable(() -> new Retry(3, FIRST, CAP, recordPause).call(interruptedLast));

        assertThat(thrown).withFailMessage("Expected call() to throw the last attempt's InterruptedException (the"
                + " caller is asked to stop, not told that the work failed), got %s", thrown).isSameAs(interrupt);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void pausesNeverGrowPastTheCap() throws Exception {
        String answer = new Retry(8, FIRST, Duration.ofSeconds(1), recordPause).call(failingTimes(7));

        assertThat(answer).isEqualTo("done");
        assertThat(pauses).withFailMessage("Expected pauses of 100, 200, 400, 800 ms, then 1 s (the cap) three times,"
                + " got %s.%nHint: the cap is the longest pause; check it before you double.", pauses)
                .containsExactlyElementsOf(expectedPauses(7, FIRST, Duration.ofSeconds(1)));
    }

    @Test
    void aHundredAttemptsNeverOverflowThePause() throws Exception {
        Duration day = Duration.ofDays(1);
        String answer = new Retry(100, FIRST, day, recordPause).call(failingTimes(99));

        assertThat(answer).isEqualTo("done");
        assertThat(pauses).withFailMessage("Expected 99 pauses, doubling from 100 ms up to the cap of a day, then a day"
                + " each; got %s.%nHint: 1L << 63 is negative, and 1L << 64 is 1.", pauses)
                .containsExactlyElementsOf(expectedPauses(99, FIRST, day));
    }

    @Test
    void theLargestCapADurationHoldsNeverOverflowsEither() {
        Throwable thrown = catchThrowable(() -> new Retry(100, FIRST, LARGEST, recordPause).call(failingTimes(99)));

        assertThat(thrown).withFailMessage("Expected no exception with a cap of the largest Duration, got %s.%nHint:"
                + " twice a pause near the cap does not fit in a Duration; compare with half the cap first.", thrown)
                .isNull();
        assertThat(pauses).containsExactlyElementsOf(expectedPauses(99, FIRST, LARGEST));
    }

    /** What the lab asks for: the n-th pause is first * 2^(n-1), but at most max; computed exactly, in BigInteger. */
    private static List<Duration> expectedPauses(int count, Duration first, Duration max) {
        BigInteger billion = BigInteger.valueOf(1_000_000_000);
        BigInteger firstNanos = nanos(first);
        BigInteger maxNanos = nanos(max);
        List<Duration> expected = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            BigInteger[] secondsAndNanos = firstNanos.shiftLeft(n).min(maxNanos).divideAndRemainder(billion);
            expected.add(Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact()));
        }
        return expected;
    }

    private static BigInteger nanos(Duration duration) {
        return BigInteger.valueOf(duration.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000))
                .add(BigInteger.valueOf(duration.getNano()));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Retry(0, FIRST, CAP, recordPause)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retry(3, Duration.ofMillis(-1), CAP, recordPause)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retry(3, FIRST, Duration.ofMillis(99), recordPause))
                .withFailMessage("Expected a cap below the first pause to be refused").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneAttemptIsAllowedAndNeverPauses() {
        Throwable thrown = catchThrowable(() -> new Retry(1, FIRST, CAP, recordPause).call(failingTimes(10)));

        assertThat(thrown).withFailMessage("Expected a GaveUpException after the only attempt, got %s", thrown)
                .isInstanceOf(Retry.GaveUpException.class);
        assertThat(attempts.get()).withFailMessage("Expected exactly 1 attempt, got %d", attempts.get()).isEqualTo(1);
        assertThat(pauses).withFailMessage("Expected no pause with a single attempt, got %s", pauses).isEmpty();
    }
}
