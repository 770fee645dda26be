package course.executors;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Thread-starvation deadlock: a task that waits for another task queued behind it in the same, full pool. */
public final class StarvationDemo {

    private StarvationDemo() {
    }

    // tag::starve[]
    /** A task that hands a second task to its own pool and waits for its answer, at most `limit`. */
    static String outerWaitsForInner(ExecutorService pool, Duration limit)
            throws InterruptedException, ExecutionException {
        Future<String> outer = pool.submit(() -> {
            Future<String> inner = pool.submit(() -> "the inner task's answer");
            try {
                return inner.get(limit.toMillis(), TimeUnit.MILLISECONDS); // without a limit: waits for ever
            } catch (TimeoutException e) {
                inner.cancel(false);                                       // still queued: never ran
                return "gave up: the inner task is still queued behind the outer one";
            }
        });
        return outer.get();
    }
    // end::starve[]

    static void run(PrintStream out) throws InterruptedException, ExecutionException {
        for (int threads : new int[] {1, 2}) {
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                out.println("pool of " + threads + (threads == 1 ? " thread: " : " threads: ")
                        + outerWaitsForInner(pool, Duration.ofMillis(500)));
            }
        }
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        if (args.length > 0) {
            System.err.println("StarvationDemo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
