package course.executors;

import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** cancel(true) on a CompletableFuture does not interrupt the computation; on a Future from submit it does. */
public final class CancelDemo {

    private CancelDemo() {
    }

    /** A computation that waits until the demo lets it finish, and says how it ended. */
    private static final class Waiter {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch mayFinish = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);
        volatile String how = "still running";

        String call() {
            started.countDown();
            try {
                mayFinish.await();
                how = "ran to the end, never interrupted";
                return "done";
            } catch (InterruptedException e) {
                how = "interrupted";
                Thread.currentThread().interrupt();
                return "interrupted";
            } finally {
                ended.countDown();
            }
        }

        String endedHow() throws InterruptedException {
            mayFinish.countDown();                      // lets a computation that is still running finish
            return ended.await(10, TimeUnit.SECONDS) ? how : "did not end within 10 s";
        }
    }

    // tag::cancel[]
    /** Cancels a running supplyAsync computation with cancel(true), and reports what became of it. */
    static String cancelACompletableFuture(ExecutorService pool) throws InterruptedException {
        Waiter waiter = new Waiter();
        CompletableFuture<String> future = CompletableFuture.supplyAsync(waiter::call, pool);
        waiter.started.await();
        future.cancel(true);                            // "mayInterruptIfRunning: this value has no effect"
        String seen = future.isCancelled() ? "cancelled" : "not cancelled";
        try {
            future.join();
        } catch (CancellationException e) {
            seen += ", join() throws CancellationException";
        }
        return seen + "; the computation " + waiter.endedHow();
    }
    // end::cancel[]

    /** The same with a Future from submit (a FutureTask): cancel(true) interrupts the thread that runs it. */
    static String cancelASubmittedTask(ExecutorService pool) throws InterruptedException, ExecutionException {
        Waiter waiter = new Waiter();
        Future<String> future = pool.submit(waiter::call);
        waiter.started.await();
        future.cancel(true);
        return (future.isCancelled() ? "cancelled" : "not cancelled") + "; the computation " + waiter.endedHow();
    }

    static void run(PrintStream out) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
            out.println("CompletableFuture.cancel(true): " + cancelACompletableFuture(pool));
            out.println("Future from submit, cancel(true): " + cancelASubmittedTask(pool));
        }
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        if (args.length > 0) {
            System.err.println("CancelDemo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
