package course.virtual;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** CPU-bound tasks on one platform thread, on one platform thread per core, and on virtual threads. */
public final class CpuOnVirtual {

    static final String USAGE = "usage: CpuOnVirtual [--tasks N] (N: 1 to 100000, default 8)";

    /** The three ways to run the same tasks. */
    enum Runner {
        ONE_PLATFORM_THREAD, PLATFORM_THREAD_PER_CORE, VIRTUAL_THREADS;

        String label(int cores) {
            return switch (this) {
                case ONE_PLATFORM_THREAD -> "1 platform thread";
                case PLATFORM_THREAD_PER_CORE -> cores + " platform threads";
                case VIRTUAL_THREADS -> "virtual threads";
            };
        }

        // tag::runners[]
        ExecutorService executor(int cores) {
            return switch (this) {
                case ONE_PLATFORM_THREAD -> Executors.newSingleThreadExecutor();
                case PLATFORM_THREAD_PER_CORE -> Executors.newFixedThreadPool(cores);
                case VIRTUAL_THREADS -> Executors.newVirtualThreadPerTaskExecutor(); // a new virtual thread per task
            };
        }
        // end::runners[]
    }

    private CpuOnVirtual() {
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int divisor = 2; (long) divisor * divisor <= n; divisor++) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    /** Counts the primes below limit in `tasks` interleaved slices, on the given executor. */
    static long countPrimes(ExecutorService executor, int limit, int tasks) throws InterruptedException, ExecutionException {
        List<Callable<Long>> slices = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int first = t;
            slices.add(() -> {
                long count = 0;
                for (int n = first; n < limit; n += tasks) {
                    if (isPrime(n)) {
                        count++;
                    }
                }
                return count;
            });
        }
        long total = 0;
        for (Future<Long> slice : executor.invokeAll(slices)) {
            total += slice.get();
        }
        return total;
    }

    /** The number of tasks from the command line, or -1 if the arguments are not [--tasks N]. */
    static int tasks(String... args) {
        if (args.length == 0) {
            return 8;
        }
        if (args.length != 2 || !args[0].equals("--tasks")) {
            return -1;
        }
        try {
            int tasks = Integer.parseInt(args[1]);
            return tasks >= 1 && tasks <= 100_000 ? tasks : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, int cores)
            throws InterruptedException, ExecutionException {
        int tasks = tasks(args);
        if (tasks < 0) {
            err.println("expected --tasks with a whole number from 1 to 100000, got \"" + String.join(" ", args)
                    + "\"; " + USAGE);
            return 2;
        }
        int limit = 2_000_000;
        try (ExecutorService warmUp = Executors.newSingleThreadExecutor()) {
            countPrimes(warmUp, limit / 4, 8); // let the JIT compiler compile isPrime first
        }
        out.printf(Locale.US, "%,d CPU-bound tasks on %d cores%n", tasks, cores);
        // tag::cpu[]
        for (Runner runner : Runner.values()) {
            try (ExecutorService executor = runner.executor(cores)) {
                long start = System.nanoTime();
                long primes = countPrimes(executor, limit, tasks);
                out.printf(Locale.US, "%-20s %,d primes in %,d ms%n", runner.label(cores) + ":", primes,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
        // end::cpu[]
        return 0;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int exitCode = run(args, System.out, System.err, Runtime.getRuntime().availableProcessors());
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
