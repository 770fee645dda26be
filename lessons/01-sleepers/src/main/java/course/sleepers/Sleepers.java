package course.sleepers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts ten threads (or --threads N) that each sleep five seconds (or --seconds S).
 * All of them sleep at the same time, so the whole run takes about five seconds, not fifty.
 */
public final class Sleepers {

    private Sleepers() {
    }

    // tag::start-all[]
    public static void runAll(int count, Duration duration, PrintStream out, Sleeper.Nap nap)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(new Sleeper(i, duration, out, nap), "sleeper-" + i);
            threads.add(thread);
            thread.start(); // returns at once: the new thread runs Sleeper.run() on its own
        }
        for (Thread thread : threads) {
            thread.join(); // wait here until that thread has finished
        }
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
        runAll(options.threads(), Duration.ofSeconds(options.seconds()), out, Sleeper.SLEEP);
        return 0;
    }
}
