package course.gil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the primes below a limit on several threads, with or without a global lock,
 * and records how many workers were ever computing at the same moment.
 */
public final class PrimeJob {

    /** Numbers counted between two checks of the global lock: a small slice, so that the hand-over comes soon. */
    static final int SLICE = 1_000;

    /** A hook for tests, called once by each worker from inside its compute part. */
    @FunctionalInterface
    public interface Probe {
        Probe NONE = worker -> { };

        void insideCompute(int worker) throws InterruptedException;
    }

    public record Result(long primes, Duration elapsed, int mostComputingAtOnce) {
    }

    private final int limit;
    private final int threads;
    private final Split split;
    private final GlobalInterpreterLock gil; // null: no global lock, as in Java
    private final Probe probe;
    private final AtomicInteger computing = new AtomicInteger();
    private final AtomicInteger mostComputing = new AtomicInteger();

    public PrimeJob(int limit, int threads, Split split, GlobalInterpreterLock gil, Probe probe) {
        if (limit < 0 || threads < 1) {
            throw new IllegalArgumentException("limit " + limit + " and threads " + threads);
        }
        this.limit = limit;
        this.threads = threads;
        this.split = split;
        this.gil = gil;
        this.probe = probe;
    }

    public static Result count(int limit, int threads, Split split, GlobalInterpreterLock gil)
            throws InterruptedException {
        return new PrimeJob(limit, threads, split, gil, Probe.NONE).run();
    }

    // tag::run[]
    public Result run() throws InterruptedException {
        long start = System.nanoTime();
        long[] counts = new long[threads];           // one slot per worker: no two threads write the same slot
        Throwable[] failures = new Throwable[threads]; // the same for what went wrong in a worker
        List<Thread> workers = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int worker = k;
            workers.add(Thread.ofPlatform().name("primes-" + k).start(() -> {
                try {
                    counts[worker] = work(worker);
                } catch (RuntimeException | Error e) {
                    failures[worker] = e; // kept for the caller: a thread's exception is otherwise only printed
                }
            }));
        }
        long total = 0;
        for (int k = 0; k < threads; k++) {
            workers.get(k).join(); // join also makes the worker's writes to counts[k] and failures[k] visible here
            total += counts[k];
        }
        failIfAnyFailed(failures); // after every join: no worker is left running when the caller hears of it
        return new Result(total, Duration.ofNanos(System.nanoTime() - start), mostComputing.get());
    }
    // end::run[]

    /** Throws the first worker's failure to the caller, with the others attached, so that none is lost. */
    private static void failIfAnyFailed(Throwable[] failures) {
        WorkerFailedException failed = null;
        for (int k = 0; k < failures.length; k++) {
            if (failures[k] == null) {
                continue;
            }
            if (failed == null) {
                failed = new WorkerFailedException("worker primes-" + k + " failed: " + failures[k], failures[k]);
            } else {
                failed.addSuppressed(failures[k]);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** A worker of the job threw: the cause is its exception, other workers' failures are suppressed ones. */
    public static final class WorkerFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkerFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // tag::work[]
    private long work(int worker) {
        if (gil != null) {
            gil.acquire();
        }
        try {
            long count = 0;
            boolean first = true;
            for (Split.Range range : split.rangesFor(worker, threads, limit)) {
                for (int from = range.from(); from < range.to(); from += SLICE) {
                    int to = Math.min(from + SLICE, range.to());
                    count += computeSlice(worker, from, to, first);
                    first = false;
                    if (gil != null) {
                        gil.handOverIfDue();
                    }
                }
            }
            return count;
        } finally {
            if (gil != null) {
                gil.release();
            }
        }
    }
    // end::work[]

    private long computeSlice(int worker, int from, int to, boolean first) {
        mostComputing.accumulateAndGet(computing.incrementAndGet(), Math::max);
        try {
            if (first) {
                probe.insideCompute(worker);
            }
            return PrimeCounter.countPrimes(from, to);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("worker " + worker + " was interrupted", e);
        } finally {
            computing.decrementAndGet();
        }
    }
}
