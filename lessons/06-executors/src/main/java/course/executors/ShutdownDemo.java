package course.executors;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** shutdown() lets running tasks finish; shutdownNow() interrupts them. */
public final class ShutdownDemo {

    private ShutdownDemo() {
    }

    // tag::shutdown-now[]
    /** Starts a task that waits for ever, then stops the pool with shutdownNow(): the task is interrupted. */
    static String stopAWaitingTask() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        String[] how = new String[1];
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // nobody will ever count this down
                how[0] = "finished";
            } catch (InterruptedException e) {
                how[0] = "interrupted by shutdownNow()";
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        pool.shutdownNow();                           // interrupts the running task, drops the queued ones
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            return "still running: the task ignored the interrupt";
        }
        return how[0];                                // termination happens-before this read
    }
    // end::shutdown-now[]

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("ShutdownDemo takes no arguments");
            System.exit(2);
        }
        PrintStream out = System.out;
        out.println("the waiting task was " + stopAWaitingTask());
    }
}
