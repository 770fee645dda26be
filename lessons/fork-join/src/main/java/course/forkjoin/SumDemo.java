package course.forkjoin;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;

/** Sums ten million numbers with a SumTask, for three thresholds, and shows how the leaves were shared out. */
public final class SumDemo {

    static final int SIZE = 10_000_000;

    private SumDemo() {
    }

    static int[] numbers(int size) {
        int[] numbers = new int[size];
        for (int i = 0; i < size; i++) {
            numbers[i] = i % 100;
        }
        return numbers;
    }

    /** The sum, computed by a SumTask on the given pool; leavesByThread is filled in as the leaves run. */
    // tag::invoke[]
    static long sum(ForkJoinPool pool, int[] numbers, int threshold, Map<String, LongAdder> leavesByThread) {
        return pool.invoke(new SumTask(numbers, threshold, leavesByThread)); // waits for the whole tree
    }
    // end::invoke[]

    static void run(PrintStream out, int size) {
        int[] numbers = numbers(size);
        long expected = 0;
        for (int n : numbers) {
            expected += n;
        }
        out.printf(Locale.US, "summing %,d numbers; a plain loop says %,d%n", size, expected);
        try (ForkJoinPool pool = new ForkJoinPool()) { // parallelism = available processors
            out.printf(Locale.US, "pool of parallelism %d (%d processors available to the JVM)%n",
                    pool.getParallelism(), Runtime.getRuntime().availableProcessors());
            for (int threshold : new int[] {size, size / 8, size / 1000}) {
                Map<String, LongAdder> leaves = new ConcurrentHashMap<>();
                long stealsBefore = pool.getStealCount();
                long sum = sum(pool, numbers, threshold, leaves);
                long steals = pool.getStealCount() - stealsBefore;
                long leafCount = leaves.values().stream().mapToLong(LongAdder::sum).sum();
                out.printf(Locale.US, "threshold %,11d: sum %,d in %,d leaves, %,d stolen; leaves per thread %s%n",
                        threshold, sum, leafCount, steals, new TreeMap<>(leaves));
            }
        }
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("SumDemo takes no arguments");
            System.exit(2);
        }
        run(System.out, SIZE);
    }
}
