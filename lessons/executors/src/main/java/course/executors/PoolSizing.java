package course.executors;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The same 16 tasks on pools of different sizes: waiting work wants many threads, CPU work one per core. */
public final class PoolSizing {

    private PoolSizing() {
    }

    // tag::formula[]
    /**
     * Threads that keep `cores` cores busy when each task waits `waitToCompute` times as long as it computes:
     * cores * (1 + wait / compute). CPU work (no waiting) gives one thread per core.
     */
    static int threadsFor(int cores, double waitToCompute) {
        if (cores < 1 || waitToCompute < 0) {
            throw new IllegalArgumentException("need cores >= 1 and waitToCompute >= 0");
        }
        return (int) Math.ceil(cores * (1 + waitToCompute));
    }
    // end::formula[]

    static long millisFor(int threads, int tasks, Callable<Object> task) throws InterruptedException {
        List<Callable<Object>> all = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            all.add(task);
        }
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            pool.invokeAll(all);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    static long busyWork() {
        long x = 0;
        for (int i = 0; i < 20_000_000; i++) {
            x += i % 7;
        }
        return x;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("PoolSizing takes no arguments");
            System.exit(2);
        }
        PrintStream out = System.out;
        int cores = Runtime.getRuntime().availableProcessors();
        out.println("the JVM may use " + cores + " processors (availableProcessors); 16 tasks each time");
        millisFor(1, 2, PoolSizing::busyWork); // untimed: the JIT compiles busyWork before the first timed run
        for (int threads : new int[] {1, cores, 16}) {
            out.printf(Locale.US, "%2d threads: waiting tasks (100 ms each) %5d ms, CPU tasks %5d ms%n", threads,
                    millisFor(threads, 16, () -> {
                        Thread.sleep(100);
                        return null;
                    }),
                    millisFor(threads, 16, PoolSizing::busyWork));
        }
        out.println("formula: CPU work " + threadsFor(cores, 0) + " threads; tasks waiting 9x as long as they"
                + " compute " + threadsFor(cores, 9) + " threads");
    }
}
