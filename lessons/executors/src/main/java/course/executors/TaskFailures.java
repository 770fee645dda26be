package course.executors;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/** Where an exception thrown by a thread or a task ends up: a handler, or a Future. */
public final class TaskFailures {

    private TaskFailures() {
    }

    /** No handler set: the JVM's default prints "Exception in thread ..." and the stack trace to System.err. */
    static Thread.State withoutHandler() throws InterruptedException {
        Thread doomed = Thread.ofPlatform().name("doomed").start(() -> {
            throw new IllegalStateException("no such file");
        });
        doomed.join(); // returns normally: the exception does not travel to the thread that started this one
        return doomed.getState();
    }

    // tag::handler[]
    static void withHandler(PrintStream out) throws InterruptedException {
        Thread doomed = Thread.ofPlatform().name("doomed")
                .uncaughtExceptionHandler((thread, e) -> out.println("handler: " + thread.getName() + " ended by " + e))
                .start(() -> {
                    throw new IllegalStateException("no such file");
                });
        doomed.join();
        out.println("main goes on; doomed is " + doomed.getState());
    }
    // end::handler[]

    // tag::pool[]
    static void inAPool(PrintStream out) throws InterruptedException {
        CountDownLatch reported = new CountDownLatch(1);
        ThreadFactory reporting = Thread.ofPlatform().name("pool-", 1).uncaughtExceptionHandler((thread, e) -> {
            out.println("handler: " + thread.getName() + " ended by " + e);
            reported.countDown();
        }).factory();
        try (ExecutorService pool = Executors.newFixedThreadPool(1, reporting)) {
            pool.execute(() -> {
                throw new IllegalStateException("thrown in execute"); // ends the pool's thread: the handler
            });
            reported.await(); // only so that the lines come out in a fixed order
            Future<?> result = pool.submit(() -> {
                throw new IllegalStateException("thrown in submit");  // kept in the Future, no handler
            });
            try {
                result.get();
            } catch (ExecutionException e) {
                out.println("submit: Future.get() threw " + e.getCause());
            }
        }
    }
    // end::pool[]

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("TaskFailures takes no arguments");
            System.exit(2);
        }
        Thread.State state = withoutHandler();
        System.out.println("main goes on; doomed is " + state);
        System.out.println();
        withHandler(System.out);
        System.out.println();
        inAPool(System.out);
    }
}
