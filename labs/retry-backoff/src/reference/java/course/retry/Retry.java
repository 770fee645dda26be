package course.retry;

import java.time.Duration;
import java.util.Objects;

/** The retry-backoff lab, reference solution: calls something that may fail, again and again, waiting longer each time. */
public final class Retry {

    /** How to wait between attempts. The program sleeps; the tests record the durations and never wait. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One try at the work. */
    @FunctionalInterface
    public interface Attempt<T> {
        T call() throws Exception;
    }

    /** Thrown when every attempt failed; its cause is the last failure. */
    public static final class GaveUpException extends Exception {
        private static final long serialVersionUID = 1L;

        public GaveUpException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final int maxAttempts;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Pause pause;

    /** maxPause caps every pause: any duration from firstPause up to the largest that a Duration holds. */
    public Retry(int maxAttempts, Duration firstPause, Duration maxPause, Pause pause) {
        if (maxAttempts < 1 || firstPause.isNegative() || maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("need maxAttempts >= 1 and 0 <= firstPause <= maxPause, got "
                    + maxAttempts + ", " + firstPause + " and " + maxPause);
        }
        this.maxAttempts = maxAttempts;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.pause = Objects.requireNonNull(pause);
    }

    // tag::call[]
    /**
     * Calls attempt until it returns, at most maxAttempts times, pausing firstPause after the first failure and
     * twice as long after each further one, but never longer than maxPause. An interrupt, during a pause or of
     * an attempt, stops at once: InterruptedException.
     */
    public <T> T call(Attempt<T> attempt) throws GaveUpException, InterruptedException {
        Duration wait = firstPause;
        for (int number = 1; ; number++) {
            try {
                return attempt.call();
            } catch (InterruptedException e) {
                throw e; // the attempt itself was interrupted: stop, do not retry
            } catch (Exception failure) {
                if (number == maxAttempts) {
                    throw new GaveUpException("gave up after " + maxAttempts + " attempts", failure);
                }
            }
            pause.sleep(wait); // throws InterruptedException if interrupted: that ends the retries
            wait = doubledButAtMost(wait, maxPause);
        }
    }

    /** Twice wait, but at most max. Compared before multiplying: twice a wait near max could overflow. */
    private static Duration doubledButAtMost(Duration wait, Duration max) {
        return wait.compareTo(max.dividedBy(2)) >= 0 ? max : wait.multipliedBy(2);
    }
    // end::call[]

    public static void main(String[] args) throws InterruptedException {
        int[] calls = {0};
        Retry retry = new Retry(5, Duration.ofMillis(100), Duration.ofSeconds(1), duration -> {
            System.out.println("waiting " + duration.toMillis() + " ms");
            Thread.sleep(duration);
        });
        try {
            String answer = retry.call(() -> {
                if (++calls[0] < 4) {
                    throw new IllegalStateException("service busy");
                }
                return "done";
            });
            System.out.println(answer + " after " + calls[0] + " attempts");
        } catch (GaveUpException e) {
            System.out.println(e.getMessage() + ": " + e.getCause().getMessage());
        }
    }
}
