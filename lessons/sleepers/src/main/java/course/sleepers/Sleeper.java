package course.sleepers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/** The job of one thread: say it goes to sleep, sleep, say it woke up. */
public final class Sleeper implements Runnable {

    /**
     * How a sleeper waits. The program really sleeps; a test can wait on a latch instead, which shows,
     * without timing anything, that all sleepers were asleep at the same moment (concurrency, not parallelism).
     */
    @FunctionalInterface
    public interface Nap {
        void take(Duration duration) throws InterruptedException;
    }

    /** The real thing: the thread gives up the CPU until the duration has passed. */
    public static final Nap SLEEP = Thread::sleep;

    private final int id;
    private final Duration duration;
    private final PrintStream out;
    private final Nap nap;

    public Sleeper(int id, Duration duration, PrintStream out, Nap nap) {
        this.id = id;
        this.duration = Objects.requireNonNull(duration);
        this.out = Objects.requireNonNull(out);
        this.nap = Objects.requireNonNull(nap);
    }

    // tag::run[]
    @Override
    public void run() {
        out.println("thread " + id + " sleeps for " + describe(duration));
        try {
            nap.take(duration);
        } catch (InterruptedException e) {
            // Someone asked this thread to stop: keep the flag set for whoever owns the thread.
            Thread.currentThread().interrupt();
            out.println("thread " + id + " was interrupted");
            return;
        }
        out.println("thread " + id + " woke up");
    }
    // end::run[]

    /** "5 seconds", "1 second", or "200 ms" when the duration is not a whole number of seconds. */
    static String describe(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.toNanosPart() % 1_000_000 != 0) {
            return duration.toMillis() + " ms";
        }
        long seconds = duration.toSeconds();
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
