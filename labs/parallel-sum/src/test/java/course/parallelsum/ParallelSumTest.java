package course.parallelsum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ParallelSumTest {

    /** A pool of two workers: enough for two leaves at once on any machine, even one with a single core. */
    private final ForkJoinPool pool = new ForkJoinPool(2);

    /** How long a leaf waits for the other one: far more than a correct solution needs, even on a loaded machine. */
    private static final Duration OTHER_LEAF_LIMIT = Duration.ofSeconds(5);

    @AfterEach
    void closePool() {
        pool.close();
    }

    /** Numbers that are not all alike: negative and positive, so that a lost or doubled one shows. */
    private static int[] numbers(int size) {
        int[] numbers = new int[size];
        for (int i = 0; i < size; i++) {
            numbers[i] = (i * 7919) % 2001 - 1000 + (i == size / 2 ? 1_000_003 : 0);
        }
        return numbers;
    }

    private static long loopSum(int[] numbers) {
        long sum = 0;
        for (int n : numbers) {
            sum += n;
        }
        return sum;
    }

    private record Leaf(int from, int to) {
        int size() {
            return to - from;
        }
    }

    /** The leaves of one sum, sorted by where they start. */
    private List<Leaf> leavesOf(int size, int threshold) {
        List<Leaf> leaves = new CopyOnWriteArrayList<>();
        ParallelSum.sum(pool, numbers(size), threshold, (from, to) -> leaves.add(new Leaf(from, to)));
        return leaves.stream().sorted(Comparator.comparingInt(Leaf::from)).toList();
    }

    @ParameterizedTest(name = "{0} numbers, threshold {1}")
    @CsvSource({"0, 1", "1, 1", "2, 1", "7, 2", "10, 3", "1000, 1", "1000, 7", "1000, 1000", "1000, 5000",
            "1001, 500", "99999, 1000"})
    void sumsLikeAPlainLoop(int size, int threshold) {
        int[] numbers = numbers(size);
        long expected = loopSum(numbers);

        long sum = ParallelSum.sum(pool, numbers, threshold, ParallelSum.NOBODY);

        assertThat(sum).withFailMessage("Expected the %d numbers to add up to %d with threshold %d, got %d.%nHint:"
                + " the two halves must cover [from, to) exactly: [from, middle) and [middle, to).", size, expected,
                threshold, sum).isEqualTo(expected);
    }

    @Test
    void sumsBeyondTheRangeOfAnInt() {
        int[] numbers = new int[1000];
        Arrays.fill(numbers, Integer.MAX_VALUE);

        long sum = ParallelSum.sum(pool, numbers, 10, ParallelSum.NOBODY);

        assertThat(sum).withFailMessage("Expected 1000 x Integer.MAX_VALUE = %d, got %d.%nHint: add up in a long.",
                1000L * Integer.MAX_VALUE, sum).isEqualTo(1000L * Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0} numbers, threshold {1}")
    @CsvSource({"1, 1", "10, 1", "10, 3", "1000, 7", "1001, 100", "4096, 256", "99999, 1000"})
    void leavesCoverEveryNumberOnceAndHoldAtMostThresholdNumbers(int size, int threshold) {
        List<Leaf> leaves = leavesOf(size, threshold);

        int next = 0;
        for (Leaf leaf : leaves) {
            assertThat(leaf.from()).withFailMessage("Expected a leaf starting at %d, got %s.%nHint: every number"
                    + " must be in exactly one leaf; leaves were %s", next, leaf, leaves).isEqualTo(next);
            assertThat(leaf.size()).withFailMessage("Expected leaves of 1 to %d numbers (the threshold), got %s.%nHint:"
                    + " split a range that has more than threshold numbers.", threshold, leaf)
                    .isBetween(1, threshold);
            next = leaf.to();
        }
        assertThat(next).withFailMessage("Expected the leaves to end at %d, the length of the array, got %d",
                size, next).isEqualTo(size);
    }

    @Test
    void aRangeNoBiggerThanTheThresholdIsSummedAsOneLeaf() {
        List<Leaf> leaves = leavesOf(100, 100);

        assertThat(leaves).withFailMessage("Expected 100 numbers with threshold 100 to be one leaf [0, 100), got"
                + " %s.%nHint: split only when to - from > threshold.", leaves).containsExactly(new Leaf(0, 100));
    }

    @Test
    void rangesAreSplitInHalves() {
        List<Leaf> leaves = leavesOf(1000, 100); // 1000 -> 500 -> 250 -> 125 -> 62 and 63

        assertThat(leaves).withFailMessage("Expected 16 leaves of 62 or 63 numbers from 1000 numbers with threshold"
                + " 100, got %s.%nHint: split [from, to) at middle = from + (to - from) / 2.", leaves)
                .hasSize(16).allSatisfy(leaf -> assertThat(leaf.size()).isBetween(62, 63));
    }

    @Test
    void bothHalvesAreSummedAtTheSameTime() {
        CountDownLatch bothLeaves = new CountDownLatch(2); // opens only when the two leaves are being summed at once
        AtomicInteger alone = new AtomicInteger();
        int[] numbers = numbers(200);

        long sum = ParallelSum.sum(pool, numbers, 100, (from, to) -> {
            if (to - from > 100) { // more than the threshold: the only leaf, no other will come (never split)
                alone.incrementAndGet();
                return;
            }
            bothLeaves.countDown();
            if (!otherLeafComes(bothLeaves)) {
                alone.incrementAndGet();
            }
        });

        assertThat(alone.get()).withFailMessage("Expected the two halves of 200 numbers (threshold 100) to be summed"
                + " at the same moment, but %d leaf waited alone: the other half was not started, and no worker of"
                + " the pool could start it.%nHint: fork one half, compute the other on this thread, and only then"
                + " join the forked one.", alone.get()).isZero();
        assertThat(sum).isEqualTo(loopSum(numbers));
    }

    /**
     * Waits in a leaf until the other leaf is being summed too: a plain latch wait (not a ForkJoinPool.ManagedBlocker,
     * so the pool starts no extra thread for it), with a time limit. In a correct solution the other half is
     * already forked or computed by this time and a worker of the pool reaches it; in a sequential one nobody can
     * start it while this leaf waits, and the leaf gives up after OTHER_LEAF_LIMIT instead of hanging.
     */
    private static boolean otherLeafComes(CountDownLatch bothLeaves) {
        try {
            return bothLeaves.await(OTHER_LEAF_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void everyLeafRunsInThePoolItIsGiven() {
        ConcurrentLinkedQueue<String> elsewhere = new ConcurrentLinkedQueue<>();

        ParallelSum.sum(pool, numbers(10_000), 100, (from, to) -> {
            if (ForkJoinTask.getPool() != pool) {
                elsewhere.add(Thread.currentThread().getName());
            }
        });

        assertThat(elsewhere).withFailMessage("Expected every leaf to run on a worker of the pool passed to sum,"
                + " but %d leaves ran on other threads, such as %s.%nHint: fork subtasks (fork, invokeAll); do not"
                + " create a pool or call pool.invoke inside compute.", elsewhere.size(), elsewhere.peek()).isEmpty();
    }

    @Test
    void twoSumsAtTheSameTimeEachGetTheirOwnAnswer() throws Exception {
        CyclicBarrier bothSums = new CyclicBarrier(2); // holds each sum's only leaf until both sums are running
        AtomicInteger alone = new AtomicInteger();
        ParallelSum.LeafWatcher together = (from, to) -> {
            try {
                bothSums.await(5, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                alone.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                alone.incrementAndGet();
            }
        };
        int[] ones = new int[50];
        Arrays.fill(ones, 1);
        int[] thousands = new int[50];
        Arrays.fill(thousands, 1000);

        long onesSum;
        long thousandsSum;
        try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Future<Long> first = callers.submit(() -> ParallelSum.sum(pool, ones, 100, together));
            Future<Long> second = callers.submit(() -> ParallelSum.sum(pool, thousands, 100, together));
            onesSum = first.get(20, TimeUnit.SECONDS);
            thousandsSum = second.get(20, TimeUnit.SECONDS);
        }

        assertThat(List.of(onesSum, thousandsSum)).withFailMessage("Expected two sums running at the same time to"
                + " answer 50 and 50,000, got %d and %d.%nHint: a task returns its own sum; do not add into a field"
                + " or any variable that other tasks share.", onesSum, thousandsSum).containsExactly(50L, 50_000L);
        assertThat(alone.get()).isZero();
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThatThrownBy(() -> ParallelSum.sum(pool, new int[10], 0, ParallelSum.NOBODY))
                .as("sum(pool, numbers, 0, ...) must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
