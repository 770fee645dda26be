package course.gil;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Counts the primes below a limit once, on a few threads, with or without the global lock: one run to
 * record with JDK Flight Recorder and look at, thread by thread (the site draws it as a timeline).
 */
public final class OneCount {

    static final String USAGE = "usage: OneCount [--threads T] [--limit N] [--switch-ms S] [--global-lock]"
            + " (T: 1 to 64, default 2; N: 1000 to 100000000, default 1000000; S: 1 to 100, default 5)";

    private OneCount() {
    }

    public static void main(String[] args) throws InterruptedException {
        int exitCode = run(args, System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        int threads = 2;
        int limit = 1_000_000;
        int switchMillis = 5;
        boolean globalLock = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--threads" -> threads = number(args, ++i, "--threads", 1, 64);
                    case "--limit" -> limit = number(args, ++i, "--limit", 1_000, 100_000_000);
                    case "--switch-ms" -> switchMillis = number(args, ++i, "--switch-ms", 1, 100);
                    case "--global-lock" -> globalLock = true;
                    default -> throw new UsageException("unknown option \"" + args[i] + "\"; " + USAGE);
                }
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        GlobalInterpreterLock gil = globalLock ? new GlobalInterpreterLock(Duration.ofMillis(switchMillis)) : null;
        PrimeJob.Result result = PrimeJob.count(limit, threads, Split.BALANCED, gil);
        out.printf(Locale.US, "%d threads %s counted %,d primes below %,d.%n", threads,
                globalLock ? "under one global lock (handed over every " + switchMillis + " ms)" : "without a global lock",
                result.primes(), limit);
        return 0;
    }

    private static int number(String[] args, int index, String option, int min, int max) throws UsageException {
        String expected = option + " needs a whole number from " + min + " to " + max;
        if (index >= args.length) {
            throw new UsageException(expected + "; " + USAGE);
        }
        try {
            int value = Integer.parseInt(args[index].replace("_", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw new UsageException(expected + ", got \"" + args[index] + "\"; " + USAGE);
    }
}
