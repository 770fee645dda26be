package course.waitforall;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** The wait-for-all lab (your code): starts sleepers on threads, waits for all of them, reports the whole run. */
public final class SleeperTeam {

    /** How a sleeper waits. The program really sleeps; the tests wait on a barrier or a gate instead. */
    @FunctionalInterface
    public interface Nap {
        void take(Duration duration) throws InterruptedException;
    }

    /**
     * Where the time comes from: a reading in nanoseconds that only means something compared with another
     * reading of the same clock. The program passes System::nanoTime; the tests pass a clock they move.
     */
    @FunctionalInterface
    public interface NanoClock {
        long nanoTime();
    }

    private final Nap nap;
    private final NanoClock clock;
    private final PrintStream out;

    public SleeperTeam(Nap nap, NanoClock clock, PrintStream out) {
        this.nap = Objects.requireNonNull(nap);
        this.clock = Objects.requireNonNull(clock);
        this.out = Objects.requireNonNull(out);
    }

    /** The job of sleeper number id, given to you: two lines around one nap. */
    void sleeper(int id, Duration duration) {
        out.println("thread " + id + " sleeps for " + duration.toMillis() + " ms");
        try {
            nap.take(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // keep the request to stop visible to the thread's owner
            return;
        }
        out.println("thread " + id + " woke up");
    }

    // tag::run-all[]
    /**
     * Runs sleepers 1 to count at the same time and returns how long the whole run took.
     *
     * TODO Lab: write this method:
     *   1. If count is negative, throw an IllegalArgumentException that says so.
     *   2. Read the start time from clock (clock.nanoTime()).
     *   3. Start one thread per sleeper: thread number id runs sleeper(id, duration), for id = 1 to count.
     *   4. Wait until every thread has finished (join), and only then read the clock again.
     *      If your thread is interrupted while it waits, let the InterruptedException out.
     *   5. Return the difference of the two readings: Duration.ofNanos(end - start).
     */
    public Duration runAll(int count, Duration duration) throws InterruptedException {
        throw new UnsupportedOperationException("runAll is not written yet: follow the TODO steps in SleeperTeam.java");
    }
    // end::run-all[]

    public static void main(String[] args) throws InterruptedException {
        SleeperTeam team = new SleeperTeam(Thread::sleep, System::nanoTime, System.out);
        Duration took = team.runAll(10, Duration.ofSeconds(2));
        System.out.printf(Locale.US, "10 sleepers of 2 s each took %d ms in all%n", took.toMillis());
    }
}
