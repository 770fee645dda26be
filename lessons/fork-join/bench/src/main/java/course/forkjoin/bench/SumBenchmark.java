package course.forkjoin.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The fork/join lesson's questions, timed: when does a parallel sum beat a loop, what does boxing cost, and
 * what does findFirst cost against findAny? Each case is timed for a small and a large array (-p size=...).
 * The lesson module is not a dependency (a lesson stays standalone), so the SumTask is written out here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SumBenchmark {

    @Param({"1000", "10000000"})
    public int size;

    private int[] numbers;
    private List<Integer> boxed;

    @Setup
    public void fill() {
        numbers = IntStream.range(0, size).toArray(); // numbers[i] == i
        boxed = IntStream.range(0, size).boxed().toList();
    }

    @Benchmark
    public long loop() {
        long sum = 0;
        for (int n : numbers) {
            sum += n;
        }
        return sum;
    }

    @Benchmark
    public long sequentialStream() {
        return Arrays.stream(numbers).asLongStream().sum();
    }

    @Benchmark
    public long parallelStream() {
        return Arrays.stream(numbers).parallel().asLongStream().sum();
    }

    @Benchmark
    public long parallelStreamBoxed() {
        return boxed.parallelStream().reduce(0L, (sum, n) -> sum + n, Long::sum);
    }

    @Benchmark
    public long forkJoinSumTask() {
        return ForkJoinPool.commonPool().invoke(new SumTask(numbers, 0, numbers.length, 10_000));
    }

    /** The first number in the upper half: findFirst must finish the lower half's search before it answers. */
    @Benchmark
    public int parallelFindFirst() {
        int half = size / 2;
        return Arrays.stream(numbers).parallel().filter(n -> n >= half).findFirst().orElseThrow();
    }

    /** Any number in the upper half: the first thread to meet one answers. */
    @Benchmark
    public int parallelFindAny() {
        int half = size / 2;
        return Arrays.stream(numbers).parallel().filter(n -> n >= half).findAny().orElseThrow();
    }

    /** The lesson's SumTask: fork the left half, compute the right, join the left. */
    static final class SumTask extends RecursiveTask<Long> {
        private static final long serialVersionUID = 1L;
        private final int[] numbers;
        private final int from;
        private final int to;
        private final int threshold;

        SumTask(int[] numbers, int from, int to, int threshold) {
            this.numbers = numbers;
            this.from = from;
            this.to = to;
            this.threshold = threshold;
        }

        @Override
        protected Long compute() {
            if (to - from <= threshold) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += numbers[i];
                }
                return sum;
            }
            int middle = from + (to - from) / 2;
            SumTask left = new SumTask(numbers, from, middle, threshold);
            left.fork();
            long rightSum = new SumTask(numbers, middle, to, threshold).compute();
            return left.join() + rightSum;
        }
    }
}
