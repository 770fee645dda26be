package course.executors;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;

/** Which thread runs a stage without Async in its name, and what the default async executor is. */
public final class StageThreads {

    private StageThreads() {
    }

    // tag::stages[]
    /** thenApply on a future that is already complete: the stage runs at once, on the thread that calls thenApply. */
    static String onAFinishedFuture() {
        AtomicReference<String> ranOn = new AtomicReference<>();
        CompletableFuture.completedFuture("x").thenApply(x -> {
            ranOn.set(Thread.currentThread().getName());
            return x;
        });
        return ranOn.get();
    }

    /** thenApply attached first, the future completed later by another thread: that thread runs the stage. */
    static String onAFutureCompletedLater() throws InterruptedException {
        AtomicReference<String> ranOn = new AtomicReference<>();
        CompletableFuture<String> future = new CompletableFuture<>();
        future.thenApply(x -> {
            ranOn.set(Thread.currentThread().getName());
            return x;
        });
        Thread completer = Thread.ofPlatform().name("completer").start(() -> future.complete("x"));
        completer.join();                               // nobody else touched the future before it completed
        return ranOn.get();
    }
    // end::stages[]

    static void run(PrintStream out) throws InterruptedException {
        out.println("thenApply on a finished future ran on: " + onAFinishedFuture());
        out.println("thenApply on a future that 'completer' completed later ran on: " + onAFutureCompletedLater());
        // tag::default-executor[]
        out.println("available processors: " + Runtime.getRuntime().availableProcessors()
                + ", common pool parallelism: " + ForkJoinPool.getCommonPoolParallelism());
        out.println("the default async executor is the common pool: "
                + (new CompletableFuture<String>().defaultExecutor() == ForkJoinPool.commonPool()));
        String thread = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName()).join();
        out.println("supplyAsync without an executor ran on a common pool worker: "
                + thread.startsWith("ForkJoinPool.commonPool-worker-"));
        // end::default-executor[]
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("StageThreads takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
