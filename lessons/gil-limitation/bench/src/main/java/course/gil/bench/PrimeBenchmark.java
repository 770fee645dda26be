package course.gil.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The GIL lesson's measurement, timed by JMH: the primes below a limit counted on 1 to 3 threads (-p threads=...),
 * in blocks of 10,000 dealt round-robin, freely ("balanced") and under one global lock handed over every 5 ms
 * ("globalLock"). The lesson module is not a dependency (a lesson stays standalone), so its prime count, its
 * split and its global lock are written out here, shortened.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrimeBenchmark {

    static final int BLOCK = 10_000;
    static final int SLICE = 1_000;
    static final long SWITCH_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    @Param({"1", "2", "3"})
    public int threads;

    @Param({"1000000"})
    public int limit;

    @Benchmark
    public long balanced() throws InterruptedException {
        return count(null);
    }

    @Benchmark
    public long globalLock() throws InterruptedException {
        return count(new GlobalLock());
    }

    private long count(GlobalLock lock) throws InterruptedException {
        long[] counts = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int worker = k;
            workers.add(Thread.ofPlatform().start(() -> counts[worker] = work(worker, lock)));
        }
        long total = 0;
        for (int k = 0; k < threads; k++) {
            workers.get(k).join();
            total += counts[k];
        }
        return total;
    }

    private long work(int worker, GlobalLock lock) {
        if (lock != null) {
            lock.acquire();
        }
        try {
            long count = 0;
            for (long block = (long) worker * BLOCK; block < limit; block += (long) threads * BLOCK) {
                int end = (int) Math.min(block + BLOCK, limit);
                for (int from = (int) block; from < end; from += SLICE) {
                    count += countPrimes(from, Math.min(from + SLICE, end));
                    if (lock != null) {
                        lock.handOverIfDue();
                    }
                }
            }
            return count;
        } finally {
            if (lock != null) {
                lock.release();
            }
        }
    }

    static long countPrimes(int from, int to) {
        long count = 0;
        for (int n = from; n < to; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (int divisor = 3; (long) divisor * divisor <= n; divisor += 2) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    /** The lesson's GlobalInterpreterLock: fair, and handed over after 5 ms when someone waits. */
    static final class GlobalLock {
        private final ReentrantLock lock = new ReentrantLock(true);
        private long heldSince;

        void acquire() {
            lock.lock();
            heldSince = System.nanoTime();
        }

        void release() {
            lock.unlock();
        }

        void handOverIfDue() {
            if (System.nanoTime() - heldSince >= SWITCH_NANOS && lock.hasQueuedThreads()) {
                lock.unlock();
                acquire();
            }
        }
    }
}
