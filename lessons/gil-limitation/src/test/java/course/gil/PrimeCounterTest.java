package course.gil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrimeCounterTest {

    @Test
    void knowsTheSmallPrimes() {
        assertThat(IntStream.range(-3, 30).filter(PrimeCounter::isPrime).boxed().toList())
                .containsExactly(2, 3, 5, 7, 11, 13, 17, 19, 23, 29);
    }

    @Test
    void squaresOfPrimesAreNotPrime() {
        assertThat(PrimeCounter.isPrime(9)).isFalse();
        assertThat(PrimeCounter.isPrime(49)).isFalse();
        assertThat(PrimeCounter.isPrime(46_337 * 46_337)).isFalse(); // the square of a prime near the top of int
        assertThat(PrimeCounter.isPrime(Integer.MAX_VALUE)).isTrue(); // 2^31 - 1 is a Mersenne prime
    }

    @Test
    void countsTheKnownNumberOfPrimes() {
        assertThat(PrimeCounter.countPrimes(0, 100)).isEqualTo(25);
        assertThat(PrimeCounter.countPrimes(0, 1_000_000)).isEqualTo(78_498);
        assertThat(PrimeCounter.countPrimes(100, 100)).isZero();
    }
}
