package course.executors;

import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** How a ThreadPoolExecutor grows: core threads first, then the queue, then threads up to the maximum, then refusal. */
public final class PoolGrowth {

    private PoolGrowth() {
    }

    // tag::pool[]
    static ThreadPoolExecutor create() {
        return new ThreadPoolExecutor(
                1, 2, 30, TimeUnit.SECONDS,                     // 1 core thread, at most 2
                new ArrayBlockingQueue<>(1),                     // 1 place in the queue
                Thread.ofPlatform().name("growth-", 1).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }
    // end::pool[]

    /** Offers `tasks` tasks that all wait until every task was offered, and prints the pool after each offer. */
    static int run(int tasks, PrintStream out) throws InterruptedException {
        CountDownLatch allOffered = new CountDownLatch(1); // every accepted task waits: no thread frees up early
        AtomicInteger ran = new AtomicInteger();
        try (ThreadPoolExecutor pool = create()) {
            // tag::offer[]
            for (int i = 1; i <= tasks; i++) {
                try {
                    pool.execute(() -> {
                        try {
                            allOffered.await();
                            ran.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    out.println("task " + i + ": " + pool.getPoolSize() + " threads, " + pool.getQueue().size()
                            + " waiting in the queue");
                } catch (RejectedExecutionException e) {
                    out.println("task " + i + ": refused (2 threads busy, the queue full)");
                }
            }
            // end::offer[]
            allOffered.countDown();
        } // close() waits for the accepted tasks
        return ran.get();
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("PoolGrowth takes no arguments");
            System.exit(2);
        }
        int ran = run(4, System.out);
        System.out.println(ran + " tasks ran");
    }
}
