package course.forkjoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SumTaskTest {

    private static long loopSum(int[] numbers) {
        long sum = 0;
        for (int n : numbers) {
            sum += n;
        }
        return sum;
    }

    @ParameterizedTest(name = "{0} numbers, threshold {1}")
    @CsvSource({"0, 1", "1, 1", "10, 3", "1000, 1", "1000, 7", "1000, 1000", "100001, 1000"})
    void sumsLikeAPlainLoopForAnyThreshold(int size, int threshold) {
        int[] numbers = SumDemo.numbers(size);
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            assertThat(SumDemo.sum(pool, numbers, threshold, new ConcurrentHashMap<>())).isEqualTo(loopSum(numbers));
        }
    }

    @Test
    void sumsBeyondTheRangeOfAnInt() {
        int[] numbers = new int[1000];
        java.util.Arrays.fill(numbers, Integer.MAX_VALUE);
        assertThat(new SumTask(numbers, 10).invoke()).isEqualTo(1000L * Integer.MAX_VALUE);
    }

    @Test
    void splitsInHalvesUntilALeafHasAtMostThresholdNumbers() {
        Map<String, LongAdder> leaves = new ConcurrentHashMap<>();
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            SumDemo.sum(pool, new int[1024], 128, leaves);
        }
        long leafCount = leaves.values().stream().mapToLong(LongAdder::sum).sum();
        assertThat(leafCount).as("1024 numbers halved down to 128 per leaf").isEqualTo(8);
    }

    @Test
    void aRangeNoBiggerThanTheThresholdIsOneLeaf() {
        Map<String, LongAdder> leaves = new ConcurrentHashMap<>();
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            SumDemo.sum(pool, new int[100], 100, leaves);
        }
        assertThat(leaves.values().stream().mapToLong(LongAdder::sum).sum()).isEqualTo(1);
    }

    @Test
    void leavesRunOnThePoolsWorkerThreads() {
        Map<String, LongAdder> leaves = new ConcurrentHashMap<>();
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            SumDemo.sum(pool, new int[10_000], 100, leaves);
        }
        assertThat(leaves.keySet()).isNotEmpty().allSatisfy(name -> assertThat(name).contains("-worker-"));
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThatThrownBy(() -> new SumTask(new int[10], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDemoPrintsTheSameSumForEveryThreshold() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        SumDemo.run(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8), 8_000);
        String output = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(output).contains("a plain loop says 396,000").containsPattern("(?s)(sum 396,000 .*){3}");
    }
}
