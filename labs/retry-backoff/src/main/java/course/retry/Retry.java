package course.retry;

import java.time.Duration;
import java.util.Objects;

/** The retry-backoff lab (your code): calls something that may fail, again and again, waiting longer each time. */
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
     *
     * TODO Lab:
     *   1. Call attempt.call(). If it returns, return its value.
     *   2. If it throws, and this was attempt number maxAttempts, throw a GaveUpException with the message
     *      "gave up after N attempts" and the failure as its cause.
     *   3. Otherwise pause.sleep(wait), double wait, and try again. Use pause, never Thread.sleep.
     *      Never let wait grow past maxPause, and check before you double: maxPause may be the largest
     *      Duration there is, and twice a wait near it does not fit in a Duration.
     *   4. If pause.sleep (or the attempt) throws InterruptedException, let it out at once: no more attempts.
     */
    public <T> T call(Attempt<T> attempt) throws GaveUpException, InterruptedException {
        throw new UnsupportedOperationException("call is not written yet: follow the TODO steps in Retry.java");
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
