package course.parallelsum;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.LongAdder;

/** The parallel-sum lab (your code): sums an array on a ForkJoinPool, in halves down to a threshold. */
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
     * TODO Lab: step 1. Throw IllegalArgumentException when threshold < 1. Otherwise make one SumTask over the
     * whole array, [0, numbers.length), and run it on the given pool with pool.invoke(task), which waits for
     * the whole tree of subtasks and returns the root task's answer.
     */
    public static long sum(ForkJoinPool pool, int[] numbers, int threshold, LeafWatcher watcher) {
        throw new UnsupportedOperationException("Lab: sum is not written yet: follow the TODO in ParallelSum.java");
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
        /**
         * TODO Lab: step 2. If the range [from, to) has at most threshold numbers, it is a leaf: call
         * watcher.leaf(from, to) first, then add the numbers up in a long with a loop, and return the sum.
         *
         * TODO Lab: step 3. Otherwise split it at middle = from + (to - from) / 2 into two SumTasks,
         * [from, middle) and [middle, to), with the same numbers, threshold and watcher. Fork one half, compute
         * the other on this thread, then join the forked one, and return the two sums added up. Return each
         * task's own sum: no field or variable shared between tasks.
         */
        @Override
        protected Long compute() {
            throw new UnsupportedOperationException("Lab: compute is not written yet: follow the TODO in ParallelSum.java");
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
