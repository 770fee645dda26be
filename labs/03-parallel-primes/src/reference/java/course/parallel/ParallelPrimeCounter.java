package course.parallel;

import java.util.ArrayList;
import java.util.List;

/** Lab 3, reference solution: counts primes on several threads, one balanced range per thread. */
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
    /** Splits 0 <= n < limit into parts ranges, in order, whose sizes differ by at most one. */
    public static List<Range> split(int limit, int parts) {
        if (limit < 0 || parts < 1) {
            throw new IllegalArgumentException("need limit >= 0 and parts >= 1, got limit " + limit + ", parts " + parts);
        }
        List<Range> ranges = new ArrayList<>();
        int size = limit / parts;
        int bigger = limit % parts; // the first `bigger` ranges take one number more, so none is left over
        int from = 0;
        for (int part = 0; part < parts; part++) {
            int to = from + size + (part < bigger ? 1 : 0);
            ranges.add(new Range(from, to));
            from = to;
        }
        return ranges;
    }
    // end::split[]

    // tag::count[]
    /** Counts in 0 <= n < limit on `threads` threads at once, one range each, and adds up their answers. */
    public static long count(int limit, int threads, RangeCounter counter) throws InterruptedException {
        List<Range> ranges = split(limit, threads);
        long[] counts = new long[ranges.size()]; // each thread writes only its own slot: nothing is shared
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            int slot = i;
            Range range = ranges.get(i);
            workers.add(Thread.ofPlatform().name("counter-" + i).start(() -> {
                try {
                    counts[slot] = counter.count(range.from(), range.to());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        long total = 0;
        for (int i = 0; i < workers.size(); i++) {
            workers.get(i).join(); // after join, this thread sees what the worker wrote into counts[i]
            total += counts[i];
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
            System.out.printf("%d primes below %,d on %d thread(s): %d ms%n", primes, limit, threads, millis);
        }
    }
}
