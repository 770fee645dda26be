package course.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import course.parallel.ParallelPrimeCounter.Range;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// SEPARATE_THREAD: a test whose code under test never returns fails after 30 s instead of hanging the build.
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ParallelPrimeCounterTest {

    /** A split or a count of the lab takes milliseconds; one that does not end in this time never will. */
    private static final long ENDS_WITHIN_SECONDS = 10;

    @ParameterizedTest(name = "split({0}, {1})")
    @CsvSource({"10, 3", "100, 7", "9, 3", "5, 8", "0, 4", "1, 1", "100003, 16", "1000, 1000"})
    void splitGivesEveryPartAndCoversEveryNumberExactlyOnce(int limit, int parts) {
        List<List<Range>> split = endsWithin("split(" + limit + ", " + parts + ")",
                () -> ParallelPrimeCounter.split(limit, parts));

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
        List<List<Range>> split = endsWithin("split(" + limit + ", " + parts + ")",
                () -> ParallelPrimeCounter.split(limit, parts));

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

    @ParameterizedTest(name = "split({0}, {1})")
    @CsvSource({"2147483647, 1", "2147483647, 3", "2147483646, 7", "2147483600, 16", "2147483647, 1000"})
    void splitCoversEveryNumberUpToALimitNearIntegerMaxValue(int limit, int parts) {
        // Near Integer.MAX_VALUE, an int from + block passes the top and turns negative: the split must not.
        List<List<Range>> split = endsWithin("split(" + limit + ", " + parts + ")",
                () -> ParallelPrimeCounter.split(limit, parts));

        assertThat(split).hasSize(parts);
        List<Range> ranges = split.stream().flatMap(List::stream).filter(range -> range.from() != range.to())
                .sorted(java.util.Comparator.comparingInt(Range::from)).toList();
        long next = 0; // the ranges, in order, must go 0 to limit with no gap and no overlap
        for (Range range : ranges) {
            assertThat(range.from() == next && range.to() > range.from()).withFailMessage("Expected the ranges of"
                    + " split(%d, %d) to go from 0 to %d, one after the other; after %d came %s.%nHint: near"
                    + " Integer.MAX_VALUE, from + block overflows an int: count with a long.", limit, parts, limit,
                    next, range).isTrue();
            next = range.to();
        }
        assertThat(next).withFailMessage("Expected the ranges of split(%d, %d) to end at %d, they end at %d",
                limit, parts, limit, next).isEqualTo(limit);
    }

    @Test
    void countCountsEveryNumberUpToIntegerMaxValue() throws Exception {
        long total = endsWithin("count(Integer.MAX_VALUE, 3 threads)",
                () -> ParallelPrimeCounter.count(Integer.MAX_VALUE, 3, (from, to) -> (long) to - from));

        assertThat(total).withFailMessage("Expected count(Integer.MAX_VALUE, 3, ...) to ask for %d numbers in all,"
                + " got %d", Integer.MAX_VALUE, total).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 3})
    void aCountersFailureReachesTheCaller(int threads) {
        // The thread that counts 0 throws; every other range is counted. count must not return a total that
        // silently leaves that thread's share out.
        IllegalStateException broken = new IllegalStateException("the counter broke at 0");
        Throwable thrown = catchThrowable(() -> ParallelPrimeCounter.count(1_000, threads, (from, to) -> {
            if (from == 0) {
                throw broken;
            }
            return to - from;
        }));

        assertThat(causes(thrown)).withFailMessage("Expected count to throw, with the counter's exception (%s) among"
                + " its causes, got %s.%nHint: an exception in a thread ends only that thread; keep it, and throw it"
                + " to the caller after the joins.", broken, thrown).contains(broken);
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
    @CsvSource({"1000, 3", "5, 8", "10007, 4", "100, 1", "1, 1", "2, 2", "0, 1"})
    void countAsksForEveryNumberExactlyOnce(int limit, int threads) throws InterruptedException {
        AtomicIntegerArray times = new AtomicIntegerArray(limit);
        Thread caller = Thread.currentThread();
        Set<Thread> counting = ConcurrentHashMap.newKeySet();

        ParallelPrimeCounter.count(limit, threads, (from, to) -> {
            counting.add(Thread.currentThread());
            for (int n = from; n < to; n++) {
                times.incrementAndGet(n);
            }
            return 0;
        });

        assertThat(counting).withFailMessage("Expected count(%d, %d threads, ...) to count on the threads it starts,"
                + " but the caller counted too.%nHint: even with one thread, start it and join it.", limit, threads)
                .doesNotContain(caller);

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

        assertThat(counting).withFailMessage("Expected the threads that count to be ones count starts, but the"
                + " caller counted too.%nHint: start one thread per part, and let the caller only start and join"
                + " them.").doesNotContain(caller);
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

    /** Runs what on a thread of its own and gives up after ENDS_WITHIN_SECONDS: a loop that never ends fails. */
    private static <T> T endsWithin(String what, Callable<T> call) {
        FutureTask<T> task = new FutureTask<>(call);
        Thread.ofPlatform().daemon().name("test-runner").start(task);
        try {
            return task.get(ENDS_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not end within " + ENDS_WITHIN_SECONDS + " s: a loop that never"
                    + " ends? (near Integer.MAX_VALUE, an int that passes the top turns negative)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new AssertionError(what + " ran out of memory: a loop that never ends, adding ranges?");
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException exception) {
                throw exception;
            }
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } finally {
            task.cancel(true); // a loop that ignores interrupts keeps running, but is a daemon thread
        }
    }

    /** The throwable and its causes, outermost first. */
    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable t = thrown; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
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
