package course.executors;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** shutdown() lets running tasks finish; shutdownNow() interrupts them. */
public final class ShutdownDemo {

    private ShutdownDemo() {
    }

    // tag::shutdown-now[]
    /** Starts a task that waits for ever, then stops the pool with shutdownNow(): the task is interrupted. */
    static String stopAWaitingTask() throws InterruptedException, ExecutionException {
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> outcome = pool.submit(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // nobody will ever count this down
                return "finished";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted by shutdownNow()";
            }
        });
        started.await();
        pool.shutdownNow();                           // interrupts the running task, drops the queued ones
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            return "still running: the task ignored the interrupt";
        }
        return outcome.get();                         // what the task did happens-before get() returns
    }
    // end::shutdown-now[]

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        if (args.length > 0) {
            System.err.println("ShutdownDemo takes no arguments");
            System.exit(2);
        }
        PrintStream out = System.out;
        out.println("the waiting task was " + stopAWaitingTask());
    }
}
