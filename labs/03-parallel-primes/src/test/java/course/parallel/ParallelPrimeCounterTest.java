package course.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.parallel.ParallelPrimeCounter.Range;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class ParallelPrimeCounterTest {

    @ParameterizedTest(name = "split({0}, {1})")
    @CsvSource({"10, 3", "100, 7", "9, 3", "5, 8", "0, 4", "1, 1", "100003, 16", "1000, 1000"})
    void splitGivesEveryPartAndCoversEveryNumberExactlyOnce(int limit, int parts) {
        List<List<Range>> split = ParallelPrimeCounter.split(limit, parts);

        assertThat(split).withFailMessage("Expected %d parts (one per thread) from split(%d, %d), got %d: %s"
                + "%nHint: with more threads than numbers some parts are empty, but every thread gets one.",
                parts, limit, parts, split.size(), shorten(split)).hasSize(parts);
        int[] times = new int[limit];
        for (List<Range> part : split) {
            for (Range range : part) {
                assertThat(range.from() >= 0 && range.from() <= range.to() && range.to() <= limit).withFailMessage(
                        "Expected ranges inside [0, %d), got %s in %s", limit, range, shorten(split)).isTrue();
                for (int n = range.from(); n < range.to(); n++) {
                    times[n]++;
                }
            }
        }
        int wrong = 0;
        while (wrong < limit && times[wrong] == 1) {
            wrong++;
        }
        if (wrong < limit) {
            assertThat(times[wrong]).withFailMessage("Expected %d in exactly one range of split(%d, %d), found it in %d:"
                    + " %s%nHint: when the block size does not divide limit, the last block is shorter, but it is"
                    + " still counted.", wrong, limit, parts, times[wrong], shorten(split)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "split({0}, {1})")
    @CsvSource({"1000000, 4", "100000, 7", "20000, 16", "2000000, 2"})
    void splitIsBalancedForWorkThatGrowsWithTheNumbers(int limit, int parts) {
        List<List<Range>> split = ParallelPrimeCounter.split(limit, parts);

        // Trial division costs more for bigger numbers; the sum of the numbers of a part stands for its work.
        long[] work = new long[split.size()];
        for (int part = 0; part < split.size(); part++) {
            for (Range range : split.get(part)) {
                work[part] += sumOf(range);
            }
        }
        long least = java.util.Arrays.stream(work).min().orElseThrow();
        long most = java.util.Arrays.stream(work).max().orElseThrow();
        assertThat(most).withFailMessage("Expected every part of split(%d, %d) to have about the same work (sum of"
                + " its numbers within 25 %%), but one has %d and another %d (%d %% more)."
                + "%nHint: equal-sized ranges in order give the last thread the biggest numbers. Cut the numbers"
                + " into small blocks and deal them out in turn, so that every thread gets small and big ones.",
                limit, parts, least, most, (most - least) * 100 / Math.max(1, least)).isLessThanOrEqualTo(least + least / 4);
    }

    @Test
    void splitRefusesNonsense() {
        assertThatThrownBy(() -> ParallelPrimeCounter.split(10, 0)).as("split(10, 0) must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParallelPrimeCounter.split(-1, 2)).as("split(-1, 2) must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "primes below {0} on {1} threads")
    @CsvSource({"100, 1, 25", "100, 3, 25", "1000, 7, 168", "10000, 4, 1229", "10, 16, 4", "3, 2, 1", "0, 2, 0",
            "100000, 4, 9592"})
    void countsThePrimesForAnyThreadCount(int limit, int threads, long primes) throws InterruptedException {
        long counted = ParallelPrimeCounter.count(limit, threads, ParallelPrimeCounter::countPrimes);

        assertThat(counted).withFailMessage("Expected %d primes below %d on %d threads, got %d.%nHint: check that"
                + " every number is counted once, and that you add every thread's answer after joining it.",
                primes, limit, threads, counted).isEqualTo(primes);
    }

    @ParameterizedTest(name = "count({0}, {1} threads)")
    @CsvSource({"1000, 3", "5, 8", "10007, 4"})
    void countAsksForEveryNumberExactlyOnce(int limit, int threads) throws InterruptedException {
        AtomicIntegerArray times = new AtomicIntegerArray(limit);

        ParallelPrimeCounter.count(limit, threads, (from, to) -> {
            for (int n = from; n < to; n++) {
                times.incrementAndGet(n);
            }
            return 0;
        });

        int wrong = 0;
        while (wrong < limit && times.get(wrong) == 1) {
            wrong++;
        }
        if (wrong < limit) {
            assertThat(times.get(wrong)).withFailMessage("Expected count(%d, %d threads, ...) to count %d once, got %d"
                    + " times", limit, threads, wrong, times.get(wrong)).isEqualTo(1);
        }
    }

    @Test
    void theThreadsCountAtTheSameTimeAndNoAnswerIsLost() throws InterruptedException {
        int threads = 4;
        Thread caller = Thread.currentThread();
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        Set<Thread> counting = ConcurrentHashMap.newKeySet();
        CountDownLatch allCounting = new CountDownLatch(threads);
        AtomicLong alone = new AtomicLong();

        // The first call on each thread waits until all four threads are counting at once (so all of them
        // are in the middle of their work together). It gives up at once if that can never happen: the
        // caller waits before it has started all four threads, or counts on its own thread.
        long total = ParallelPrimeCounter.count(100_000, threads, (from, to) -> {
            if (counting.add(Thread.currentThread())) {
                allCounting.countDown();
                while (allCounting.getCount() > 0) {
                    if (Thread.currentThread() == caller || (waits(caller) && started(before, caller) < threads
                            && allCounting.getCount() > 0)) {
                        alone.incrementAndGet();
                        break;
                    }
                    Thread.onSpinWait();
                }
            }
            return to - from; // counts every number, so the total must be 100,000
        });

        assertThat(alone.get()).withFailMessage("Expected %d threads counting at the same moment, but %d counted"
                + " alone.%nHint: start all the threads before joining any.", threads, alone.get()).isZero();
        assertThat(total).withFailMessage("Expected the answers of the 4 threads to add up to 100000, got %d."
                + "%nHint: threads that add to one shared variable (total += ...) at the same time lose each"
                + " other's additions. Give each thread its own slot, and add them up after the joins.", total)
                .isEqualTo(100_000);
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        assertThatThrownBy(() -> ParallelPrimeCounter.count(100, 0, ParallelPrimeCounter::countPrimes))
                .as("count(100, 0, ...) must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long sumOf(Range range) {
        long from = range.from();
        long to = range.to();
        return to <= from ? 0 : (from + to - 1) * (to - from) / 2;
    }

    private static boolean waits(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /** Threads started since `before` was taken, other than the caller, that are alive. */
    private static int started(Set<Thread> before, Thread caller) {
        int started = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && thread != caller) {
                started++;
            }
        }
        return started;
    }

    private static String shorten(List<List<Range>> split) {
        String text = split.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
