package course.sleepers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts ten threads (or --threads N) that each sleep five seconds (or --seconds S).
 * All of them sleep at the same time, so the whole run takes about five seconds, not fifty.
 */
public final class Sleepers {

    private Sleepers() {
    }

    /** Runs count sleepers at the same time, waits for all of them, and returns how long starting them took. */
    // tag::start-all[]
    public static Duration runAll(int count, Duration duration, PrintStream out, Sleeper.Nap nap)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long before = System.nanoTime(); // nanoTime is for elapsed time: only a difference of two readings counts
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(new Sleeper(i, duration, out, nap), "sleeper-" + i);
            threads.add(thread);
            thread.start(); // does not wait for Sleeper.run(): the new thread runs it on its own
        }
        Duration starting = Duration.ofNanos(System.nanoTime() - before);
        for (Thread thread : threads) {
            thread.join(); // wait here until that thread has finished
        }
        return starting;
    }
    // end::start-all[]

    // tag::main[]
    public static void main(String[] args) throws InterruptedException {
        int exitCode = run(args, System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
    // end::main[]

    /** The whole program, with its streams passed in so that tests can read what it prints. */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        SleepOptions options;
        try {
            options = SleepOptions.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.println(SleepOptions.USAGE);
            return 0;
        }
        Duration starting = runAll(options.threads(), Duration.ofSeconds(options.seconds()), out, Sleeper.SLEEP);
        // tag::report[]
        out.printf(Locale.US, "main: creating and starting the %d threads took %.3f ms%n",
                options.threads(), starting.toNanos() / 1e6);
        // end::report[]
        return 0;
    }
}
