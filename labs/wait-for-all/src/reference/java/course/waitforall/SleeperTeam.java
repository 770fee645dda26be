package course.waitforall;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The wait-for-all lab, reference solution: starts sleepers on threads, waits for all of them, reports the whole run. */
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
    /** Runs sleepers 1 to count at the same time and returns how long the whole run took. */
    public Duration runAll(int count, Duration duration) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        long start = clock.nanoTime(); // a clock for elapsed time: unlike the wall clock, nobody sets it
        List<Thread> threads = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            int sleeperId = id; // a lambda can only capture a variable that never changes
            threads.add(Thread.ofPlatform().name("sleeper-" + id).start(() -> sleeper(sleeperId, duration)));
        }
        for (Thread thread : threads) {
            thread.join(); // only after every thread has started: joining inside the loop would run them one by one
        }
        return Duration.ofNanos(clock.nanoTime() - start); // only a difference of readings means anything
    }
    // end::run-all[]

    public static void main(String[] args) throws InterruptedException {
        SleeperTeam team = new SleeperTeam(Thread::sleep, System::nanoTime, System.out);
        Duration took = team.runAll(10, Duration.ofSeconds(2));
        System.out.printf(Locale.US, "10 sleepers of 2 s each took %d ms in all%n", took.toMillis());
    }
}
