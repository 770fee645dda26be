package course.parallel;

import java.util.List;
import java.util.Locale;

/** The parallel-primes lab (your code): counts primes on several threads, blocks dealt out in turn to the threads. */
public final class ParallelPrimeCounter {

    /** Counts something in the numbers from <= n < to. The program counts primes; tests record the calls. */
    @FunctionalInterface
    public interface RangeCounter {
        long count(int from, int to) throws InterruptedException;
    }

    /** A range of numbers, from <= n < to, with 0 <= from <= to (an empty range has from == to). */
    public record Range(int from, int to) {
        public Range {
            if (from < 0 || to < from) { // an int that overflowed near Integer.MAX_VALUE shows up here
                throw new IllegalArgumentException("not a range of numbers from " + from + " to " + to);
            }
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
    /** How many blocks each thread gets, dealt out in turn: more blocks, a finer balance. */
    static final int BLOCKS_PER_THREAD = 16;

    /**
     * Splits 0 <= n < limit into `parts` parts, one per thread, balanced for work that grows with n: the
     * numbers are cut into small blocks, dealt out in turn like cards (block 0 to part 0, block 1 to part 1,
     * ..., block parts to part 0 again), so that every part gets small and big numbers alike.
     */
    public static List<List<Range>> split(int limit, int parts) {
        // TODO Lab: write split. Throw IllegalArgumentException when limit < 0 or parts < 1. Return exactly
        // `parts` lists of ranges, one per thread (some may be empty when parts > limit). Cut 0 <= n < limit
        // into blocks of about limit / (parts * BLOCKS_PER_THREAD) numbers (at least 1), and deal them out in
        // turn: block 0 to part 0, block 1 to part 1, ..., then part 0 again. Every number in exactly one block,
        // also for a limit near Integer.MAX_VALUE (where from + block no longer fits in an int).
        throw new UnsupportedOperationException("split is not written yet: follow the TODO in ParallelPrimeCounter.java");
    }
    // end::split[]

    // tag::count[]
    /** Counts in 0 <= n < limit on `threads` threads at once, one part each, and adds up their answers. */
    public static long count(int limit, int threads, RangeCounter counter) throws InterruptedException {
        // TODO Lab: write count. Split the numbers with split(limit, threads); start one thread per part that
        // calls counter.count(range.from(), range.to()) for each range of its part; when every thread has
        // finished (join), add up the answers. Give each thread its own place for its answer: threads that
        // all add to one shared variable lose updates (the shared-state lesson shows why). If a counter throws in
        // a thread, count must throw too, after the joins, with that exception as the cause.
        throw new UnsupportedOperationException("count is not written yet: follow the TODO in ParallelPrimeCounter.java");
    }
    // end::count[]

    public static void main(String[] args) throws InterruptedException {
        int limit = 2_000_000;
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[] {1, cores}) {
            long start = System.nanoTime();
            long primes = count(limit, threads, ParallelPrimeCounter::countPrimes);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.US, "%,d primes below %,d on %d thread(s): %,d ms%n", primes, limit, threads, millis);
        }
    }
}
