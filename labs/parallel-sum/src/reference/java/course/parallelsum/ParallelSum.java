package course.parallelsum;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.LongAdder;

/** The parallel-sum lab, reference solution: sums an array on a ForkJoinPool, in halves down to a threshold. */
public final class ParallelSum {

    /** Told about every leaf, a range summed with a loop without splitting. The tests use it to watch. */
    @FunctionalInterface
    public interface LeafWatcher {
        /** Called by the thread that sums numbers[from..to), before it sums them. */
        void leaf(int from, int to);
    }

    /** A watcher that does nothing. */
    public static final LeafWatcher NOBODY = (from, to) -> { };

    private ParallelSum() {
    }

    // tag::sum[]
    /**
     * The sum of all the numbers, computed by a SumTask on the given pool.
     *
     * @throws IllegalArgumentException if threshold < 1
     */
    public static long sum(ForkJoinPool pool, int[] numbers, int threshold, LeafWatcher watcher) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, got " + threshold);
        }
        return pool.invoke(new SumTask(numbers, 0, numbers.length, threshold, watcher));
    }
    // end::sum[]

    /** Sums numbers[from..to): directly when the range has at most threshold numbers, else in two halves. */
    static final class SumTask extends RecursiveTask<Long> {

        private static final long serialVersionUID = 1L;

        private final int[] numbers;
        private final int from;
        private final int to;
        private final int threshold;
        private final transient LeafWatcher watcher;

        SumTask(int[] numbers, int from, int to, int threshold, LeafWatcher watcher) {
            this.numbers = numbers;
            this.from = from;
            this.to = to;
            this.threshold = threshold;
            this.watcher = watcher;
        }

        // tag::compute[]
        @Override
        protected Long compute() {
            if (to - from <= threshold) {
                watcher.leaf(from, to);
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += numbers[i];
                }
                return sum;
            }
            int middle = from + (to - from) / 2;
            SumTask left = new SumTask(numbers, from, middle, threshold, watcher);
            SumTask right = new SumTask(numbers, middle, to, threshold, watcher);
            left.fork();
            long rightSum = right.compute();
            return left.join() + rightSum;
        }
        // end::compute[]
    }

    public static void main(String[] args) {
        int size = 20_000_000;
        int[] numbers = new int[size];
        for (int i = 0; i < size; i++) {
            numbers[i] = i % 1000 - 500;
        }
        ForkJoinPool pool = ForkJoinPool.commonPool();
        System.out.printf(Locale.US, "%,d numbers on the common pool (parallelism %d, plus this thread)%n", size,
                pool.getParallelism());
        for (int threshold : new int[] {size, 100_000, 1_000}) {
            LongAdder leaves = new LongAdder();
            long start = System.nanoTime();
            long sum = sum(pool, numbers, threshold, (from, to) -> leaves.increment());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.US, "threshold %,10d: sum %,d in %,d leaves, %,d ms (one run, not a benchmark)%n",
                    threshold, sum, leaves.sum(), millis);
        }
    }
}
