package course.parallel;

import java.util.Locale;

/**
 * Given (the same in the starter and the reference): how much more work the last of a few equal ranges of
 * consecutive numbers is than the first, for isPrime. Prints the ratio four ways: if the work per number grew
 * like the number, like its square root, the divisions isPrime really tries (counted), and the time it takes
 * on this machine (measured).
 */
public final class RangeWork {

    private RangeWork() {
    }

    public static void main(String[] args) {
        int limit = 2_000_000;
        int ranges = 4;
        System.out.print(report(limit, ranges, timeRatio(limit, ranges)));
    }

    static String report(int limit, int ranges, double timeRatio) {
        return String.format(Locale.US, "The last of %d equal ranges below %,d against the first:%n", ranges, limit)
                + String.format(Locale.US, "  if the work per number grew like the number:  %5.2f times%n",
                        ratio(limit, ranges, n -> n))
                + String.format(Locale.US, "  if it grew like the number's square root:     %5.2f times%n",
                        ratio(limit, ranges, Math::sqrt))
                + String.format(Locale.US, "  the divisions isPrime tries (counted):         %5.2f times%n",
                        ratio(limit, ranges, n -> divisions((int) n)))
                + String.format(Locale.US, "  the time countPrimes takes (measured here):    %5.2f times%n", timeRatio);
    }

    /** The cost of the last range over the cost of the first, the cost of a range being the sum over its numbers. */
    static double ratio(int limit, int ranges, java.util.function.DoubleUnaryOperator cost) {
        return sum(limit, ranges, ranges - 1, cost) / sum(limit, ranges, 0, cost);
    }

    private static double sum(int limit, int ranges, int range, java.util.function.DoubleUnaryOperator cost) {
        double sum = 0;
        for (long n = (long) limit * range / ranges; n < (long) limit * (range + 1) / ranges; n++) {
            sum += cost.applyAsDouble(n);
        }
        return sum;
    }

    /** How many divisors isPrime(n) tries: the same loop, counting instead of answering. */
    static long divisions(int n) {
        long tried = 0;
        for (int divisor = 2; (long) divisor * divisor <= n; divisor++) {
            tried++;
            if (n % divisor == 0) {
                break;
            }
        }
        return tried;
    }

    /** The best of three timings of countPrimes on the last range, over the best of three on the first. */
    static double timeRatio(int limit, int ranges) {
        int lastFrom = (int) ((long) limit * (ranges - 1) / ranges);
        ParallelPrimeCounter.countPrimes(0, limit / ranges); // warm-up: let the JIT compile isPrime first
        return best(lastFrom, limit) / best(0, limit / ranges);
    }

    private static double best(int from, int to) {
        long best = Long.MAX_VALUE;
        long primes = -1;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            long counted = ParallelPrimeCounter.countPrimes(from, to);
            best = Math.min(best, System.nanoTime() - start);
            if (primes >= 0 && counted != primes) { // uses the count, so the JIT cannot leave the work out
                throw new IllegalStateException("two counts of the same range differ");
            }
            primes = counted;
        }
        return best;
    }
}
