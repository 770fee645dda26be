package course.parallel;

import java.util.List;

/** Lab 3 (your code): counts primes on several threads, one balanced range per thread. */
public final class ParallelPrimeCounter {

    /** Counts something in the numbers from <= n < to. The program counts primes; tests record the calls. */
    @FunctionalInterface
    public interface RangeCounter {
        long count(int from, int to) throws InterruptedException;
    }

    /** A range of numbers, from <= n < to. */
    public record Range(int from, int to) {
        public int size() {
            return to - from;
        }
    }

    private ParallelPrimeCounter() {
    }

    /** Given: trial division, pure CPU work. */
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

    /** Given: the number of primes p with from <= p < to, on the calling thread. */
    public static long countPrimes(int from, int to) {
        long count = 0;
        for (int n = from; n < to; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    // tag::split[]
    /**
     * Splits 0 <= n < limit into parts ranges, in order, whose sizes differ by at most one.
     *
     * TODO Lab 3, step 1: split(10, 3) is [0, 4), [4, 7), [7, 10). Throw IllegalArgumentException when
     * limit < 0 or parts < 1. Every number must be in exactly one range, even when parts does not divide
     * limit, and even when parts > limit (then some ranges are empty).
     */
    public static List<Range> split(int limit, int parts) {
        throw new UnsupportedOperationException("Lab 3: split is not written yet: follow the TODO in ParallelPrimeCounter.java");
    }
    // end::split[]

    // tag::count[]
    /**
     * Counts in 0 <= n < limit on `threads` threads at once, one range each, and adds up their answers.
     *
     * TODO Lab 3, step 2: split the numbers with split(limit, threads); start one thread per range that
     * calls counter.count(range.from(), range.to()); when every thread has finished (join), add up the
     * answers. Give each thread its own place to put its answer: threads that all add to one shared
     * variable lose updates (lesson 4 shows why).
     */
    public static long count(int limit, int threads, RangeCounter counter) throws InterruptedException {
        throw new UnsupportedOperationException("Lab 3: count is not written yet: follow the TODO in ParallelPrimeCounter.java");
    }
    // end::count[]

    public static void main(String[] args) throws InterruptedException {
        int limit = 2_000_000;
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[] {1, cores}) {
            long start = System.nanoTime();
            long primes = count(limit, threads, ParallelPrimeCounter::countPrimes);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%d primes below %,d on %d thread(s): %d ms%n", primes, limit, threads, millis);
        }
    }
}
