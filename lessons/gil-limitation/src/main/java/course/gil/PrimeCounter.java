package course.gil;

/** Pure CPU work: no waiting, no input or output, only arithmetic. */
public final class PrimeCounter {

    private PrimeCounter() {
    }

    // tag::is-prime[]
    /** Trial division: the bigger n is, the more divisors it tries, so the cost grows with n. */
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
    // end::is-prime[]

    /** How many primes p with from <= p < to. */
    static long countPrimes(int from, int to) {
        long count = 0;
        for (int n = from; n < to; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }
}
