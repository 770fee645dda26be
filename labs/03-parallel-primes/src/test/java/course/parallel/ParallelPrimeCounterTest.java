package course.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.parallel.ParallelPrimeCounter.Range;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class ParallelPrimeCounterTest {

    @ParameterizedTest(name = "split({0}, {1})")
    @CsvSource({"10, 3", "100, 7", "9, 3", "5, 8", "0, 4", "1, 1", "1000003, 16"})
    void splitCoversEveryNumberOnceInBalancedRanges(int limit, int parts) {
        List<Range> ranges = ParallelPrimeCounter.split(limit, parts);

        assertThat(ranges).withFailMessage("Expected %d ranges from split(%d, %d), got %d: %s", parts, limit, parts,
                ranges.size(), ranges).hasSize(parts);
        int next = 0;
        for (Range range : ranges) {
            assertThat(range.from()).withFailMessage("Expected the range after %d to start at %d, got %s in %s."
                    + "%nHint: each range starts where the previous one ends.", next, next, range, ranges).isEqualTo(next);
            next = range.to();
        }
        assertThat(next).withFailMessage("Expected the last range of split(%d, %d) to end at %d, got %s."
                + "%nHint: when parts does not divide limit, give the first limit %% parts ranges one number more.",
                limit, parts, limit, ranges).isEqualTo(limit);
        int smallest = ranges.stream().mapToInt(Range::size).min().orElseThrow();
        int largest = ranges.stream().mapToInt(Range::size).max().orElseThrow();
        assertThat(largest - smallest).withFailMessage("Expected range sizes that differ by at most one, got sizes"
                + " from %d to %d in %s.%nHint: a balanced split gives no thread much more work than another.",
                smallest, largest, ranges).isLessThanOrEqualTo(1);
    }

    @Test
    void splitRefusesNonsense() {
        assertThatThrownBy(() -> ParallelPrimeCounter.split(10, 0)).as("split(10, 0) must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParallelPrimeCounter.split(-1, 2)).as("split(-1, 2) must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "primes below {0} on {1} threads")
    @CsvSource({"100, 1", "100, 3", "1000, 7", "9973, 4", "10, 16", "0, 2"})
    void countsTheSamePrimesAsOneThreadForAnyThreadCount(int limit, int threads) throws InterruptedException {
        long expected = ParallelPrimeCounter.countPrimes(0, limit);

        long counted = ParallelPrimeCounter.count(limit, threads, ParallelPrimeCounter::countPrimes);

        assertThat(counted).withFailMessage("Expected %d primes below %d on %d threads, got %d.%nHint: check that"
                + " split covers every number, and that you add every thread's answer after joining it.",
                expected, limit, threads, counted).isEqualTo(expected);
    }

    @Test
    void everyRangeIsCountedAtTheSameTimeOnItsOwnThread() throws InterruptedException {
        int threads = 4;
        CyclicBarrier allCounting = new CyclicBarrier(threads); // opens only when all four count at once
        AtomicInteger alone = new AtomicInteger();

        long total = ParallelPrimeCounter.count(400, threads, (from, to) -> {
            try {
                allCounting.await(5, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                alone.incrementAndGet();
            }
            return to - from; // counts every number, so the total must be 400
        });

        assertThat(alone.get()).withFailMessage("Expected %d ranges counted at the same moment, but %d waited 5 s"
                + " for the others and gave up.%nHint: start all the threads before joining any.", threads, alone.get())
                .isZero();
        assertThat(total).withFailMessage("Expected the answers of the 4 ranges to add up to 400, got %d", total)
                .isEqualTo(400);
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        assertThatThrownBy(() -> ParallelPrimeCounter.count(100, 0, ParallelPrimeCounter::countPrimes))
                .as("count(100, 0, ...) must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
