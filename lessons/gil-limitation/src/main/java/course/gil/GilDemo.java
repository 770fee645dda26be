package course.gil;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Counts primes on 1, 2, 4, ... threads, three ways: work split in balanced blocks, work split in
 * contiguous ranges, and balanced blocks under one global lock (GIL mode). Prints time and speedup.
 */
public final class GilDemo {

    private static final Duration WAIT = Duration.ofMillis(200);

    private GilDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        // availableProcessors: the hardware threads the JVM may use (fewer under a container or affinity limit)
        int exitCode = run(args, System.out, System.err, Runtime.getRuntime().availableProcessors());
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, int cores) throws InterruptedException {
        GilOptions options;
        try {
            options = GilOptions.parse(cores, args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.println(GilOptions.USAGE);
            return 0;
        }
        return table(options, cores, out, err);
    }

    private static int table(GilOptions options, int cores, PrintStream out, PrintStream err)
            throws InterruptedException {
        int limit = options.limit();
        GlobalInterpreterLock gil = new GlobalInterpreterLock(Duration.ofMillis(options.switchMillis()));

        PrimeCounter.countPrimes(0, limit); // warm-up: let the JIT compile isPrime before timing it
        long expected = 0;
        long sequential = Long.MAX_VALUE;
        for (int r = 0; r < options.repeat(); r++) {
            long start = System.nanoTime();
            expected = PrimeCounter.countPrimes(0, limit);
            sequential = Math.min(sequential, System.nanoTime() - start);
        }

        out.printf(Locale.US, "Counting the primes below %,d; the JVM may use %d processors (hardware threads), %s.%n",
                limit, cores,
                options.repeat() == 1 ? "one run each" : "best of " + options.repeat() + " runs each");
        out.printf(Locale.US, "Sequential, no threads: %,d ms, %,d primes.%n%n", millis(sequential), expected);
        out.printf(Locale.US, "%7s | %-16s | %-16s | %s%n", "threads", "balanced", "contiguous", "GIL mode");
        out.println("-".repeat(8) + "+" + "-".repeat(18) + "+" + "-".repeat(18) + "+" + "-".repeat(17));
        double gilSpeedup = 0;
        int gilThreads = 0;
        for (int threads : options.threads()) {
            long balanced = best(options, limit, threads, Split.BALANCED, null, expected);
            long contiguous = best(options, limit, threads, Split.CONTIGUOUS, null, expected);
            long locked = best(options, limit, threads, Split.BALANCED, gil, expected);
            if (balanced < 0 || contiguous < 0 || locked < 0) {
                err.println("a threaded run counted a different number of primes than the sequential run");
                return 1;
            }
            out.printf(Locale.US, "%7d | %s | %s | %s%n", threads,
                    cell(balanced, sequential), cell(contiguous, sequential), cell(locked, sequential));
            if (threads > 1) {
                gilSpeedup = (double) sequential / locked;
                gilThreads = threads;
            }
        }
        out.println();
        if (gilThreads > 1) {
            out.printf(Locale.US, "GIL mode: %d threads under one global lock ran at %.2fx the speed of"
                    + " no threads: only one of them computes at any moment.%n", gilThreads, gilSpeedup);
        }
        int waiters = Math.max(4, cores);
        Duration free = WaitingJob.run(waiters, WAIT, null);
        Duration locked = WaitingJob.run(waiters, WAIT, gil);
        out.printf(Locale.US, "Waiting instead of computing: %d threads that each wait %d ms took %d ms"
                + " without a global lock and %d ms with it.%n", waiters, WAIT.toMillis(), free.toMillis(),
                locked.toMillis());
        out.printf(Locale.US, "Every run counted %,d primes, the same as the sequential run.%n", expected);
        return 0;
    }

    /** The best time in nanoseconds, or -1 if any run counted a different number of primes. */
    private static long best(GilOptions options, int limit, int threads, Split split, GlobalInterpreterLock gil,
            long expected) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < options.repeat(); r++) {
            PrimeJob.Result result = PrimeJob.count(limit, threads, split, gil);
            if (result.primes() != expected) {
                return -1;
            }
            best = Math.min(best, result.elapsed().toNanos());
        }
        return best;
    }

    private static String cell(long nanos, long sequential) {
        return String.format(Locale.US, "%,6d ms %5.2fx", millis(nanos), (double) sequential / nanos);
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
