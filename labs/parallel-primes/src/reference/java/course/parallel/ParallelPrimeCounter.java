package course.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parallel-primes lab, reference solution: counts primes on several threads, blocks dealt out in turn to the threads. */
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
        if (limit < 0 || parts < 1) {
            throw new IllegalArgumentException("need limit >= 0 and parts >= 1, got limit " + limit + ", parts " + parts);
        }
        List<List<Range>> split = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            split.add(new ArrayList<>());
        }
        long blocks = (long) parts * BLOCKS_PER_THREAD;
        int block = (int) Math.max(1, (limit + blocks - 1) / blocks); // rounded up, and never 0
        int next = 0;
        // from is a long: near Integer.MAX_VALUE, an int from + block would overflow to a negative number
        for (long from = 0; from < limit; from += block) {
            split.get(next).add(new Range((int) from, (int) Math.min(limit, from + block))); // the last may be short
            next = (next + 1) % parts;
        }
        return split;
    }
    // end::split[]

    // tag::count[]
    /** Counts in 0 <= n < limit on `threads` threads at once, one part each, and adds up their answers. */
    public static long count(int limit, int threads, RangeCounter counter) throws InterruptedException {
        List<List<Range>> parts = split(limit, threads);
        long[] counts = new long[parts.size()];           // each thread writes only its own slot: nothing is shared
        Throwable[] failures = new Throwable[parts.size()]; // and what went wrong in it, if anything
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int slot = i;
            List<Range> part = parts.get(i);
            workers.add(Thread.ofPlatform().name("counter-" + i).start(() -> {
                try {
                    for (Range range : part) {
                        counts[slot] += counter.count(range.from(), range.to());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures[slot] = e;
                } catch (RuntimeException | Error e) {
                    failures[slot] = e; // kept for the caller: otherwise it is only printed, and the total too small
                }
            }));
        }
        long total = 0;
        for (int i = 0; i < workers.size(); i++) {
            workers.get(i).join(); // after join, this thread sees what the worker wrote into counts[i] and failures[i]
            total += counts[i];
        }
        IllegalStateException failed = null;
        for (Throwable failure : failures) {
            if (failure != null && failed == null) {
                failed = new IllegalStateException("a counting thread failed: " + failure, failure);
            } else if (failure != null) {
                failed.addSuppressed(failure);
            }
        }
        if (failed != null) {
            throw failed; // only after every join: no counting thread is left running
        }
        return total;
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
