package course.executors;

import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A pool whose queue has a limit: a task that finds it full is refused at once instead of piling up in memory. */
public final class BoundedPool {

    /** How many tasks were accepted, how many refused, and how many of the accepted ones ran. */
    record Outcome(int accepted, int refused, int ran) {
    }

    private BoundedPool() {
    }

    // tag::bounded[]
    static ThreadPoolExecutor create(int threads, int queueCapacity) {
        return new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.SECONDS,          // a fixed number of threads, as newFixedThreadPool
                new ArrayBlockingQueue<>(queueCapacity),        // but at most queueCapacity tasks wait
                Thread.ofPlatform().name("bounded-", 1).factory(),
                new ThreadPoolExecutor.AbortPolicy());          // full: execute() throws RejectedExecutionException
    }
    // end::bounded[]

    /** Offers `tasks` tasks while the first ones are still busy, so that the queue fills up. */
    static Outcome run(int threads, int queueCapacity, int tasks, PrintStream out) throws InterruptedException {
        CountDownLatch allOffered = new CountDownLatch(1); // the busy tasks wait for this: the queue really fills
        AtomicInteger ran = new AtomicInteger();
        int accepted = 0;
        try (ThreadPoolExecutor pool = create(threads, queueCapacity)) {
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
                    accepted++;
                    out.println("task " + i + " accepted (" + pool.getQueue().size() + " waiting in the queue)");
                } catch (RejectedExecutionException e) {
                    out.println("task " + i + " refused: the queue is full"); // the producer learns it at once
                }
            }
            // end::offer[]
            allOffered.countDown();
        } // close() waits for the accepted tasks
        return new Outcome(accepted, tasks - accepted, ran.get());
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("BoundedPool takes no arguments");
            System.exit(2);
        }
        Outcome outcome = run(2, 3, 8, System.out);
        System.out.println("2 threads, 3 places in the queue: " + outcome.accepted() + " tasks accepted, "
                + outcome.refused() + " refused, " + outcome.ran() + " ran");
    }
}
