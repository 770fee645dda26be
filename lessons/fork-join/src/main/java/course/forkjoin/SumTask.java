package course.forkjoin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sums numbers[from..to) by splitting the range in halves until a half has at most `threshold` numbers.
 * Each leaf (a range summed without splitting) is also counted per thread, so that the demo can show
 * which worker threads did the work.
 */
public final class SumTask extends RecursiveTask<Long> {

    private static final long serialVersionUID = 1L;

    private final int[] numbers;
    private final int from;
    private final int to;
    private final int threshold;
    private final transient Map<String, LongAdder> leavesByThread;

    /** A task over the whole array; leavesByThread collects how many leaves each thread summed. */
    public SumTask(int[] numbers, int threshold, Map<String, LongAdder> leavesByThread) {
        this(numbers, 0, numbers.length, threshold, leavesByThread);
    }

    /** A task over the whole array that nobody watches. */
    public SumTask(int[] numbers, int threshold) {
        this(numbers, threshold, new ConcurrentHashMap<>());
    }

    private SumTask(int[] numbers, int from, int to, int threshold, Map<String, LongAdder> leavesByThread) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, got " + threshold);
        }
        this.numbers = numbers;
        this.from = from;
        this.to = to;
        this.threshold = threshold;
        this.leavesByThread = leavesByThread;
    }

    // tag::compute[]
    @Override
    protected Long compute() {
        if (to - from <= threshold) {                       // small enough: sum it here, on this thread
            leavesByThread.computeIfAbsent(Thread.currentThread().getName(), name -> new LongAdder()).increment();
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += numbers[i];
            }
            return sum;
        }
        int middle = from + (to - from) / 2;                // split in two halves: [from, middle) [middle, to)
        SumTask left = new SumTask(numbers, from, middle, threshold, leavesByThread);
        SumTask right = new SumTask(numbers, middle, to, threshold, leavesByThread);
        left.fork();                                        // 1. push the left half: an idle worker may steal it
        long rightSum = right.compute();                    // 2. meanwhile sum the right half on this thread
        long leftSum = left.join();                         // 3. then wait for the left half (or run it here)
        return leftSum + rightSum;
    }
    // end::compute[]
}
