package course.virtual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** A thousand virtual threads, a database that takes ten connections: limit with a Semaphore, not a pool. */
public final class LimitedCalls {

    /** What a call does while it holds a connection: the program sleeps, a test waits on a gate it controls. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private LimitedCalls() {
    }

    static int run(int tasks, int connections, Call call) throws InterruptedException, ExecutionException {
        return run(tasks, new Semaphore(connections), call);
    }

    // tag::semaphore[]
    /** Runs `tasks` calls, each on its own virtual thread, at most as many at once as `permits` has permits. */
    static int run(int tasks, Semaphore permits, Call call) throws InterruptedException, ExecutionException {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        List<Future<Void>> calls = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) { // one new thread per task
            for (int i = 0; i < tasks; i++) {
                calls.add(executor.submit(() -> {
                    permits.acquire(); // a virtual thread waiting here costs almost nothing
                    try {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        call.run();
                    } finally {
                        inside.decrementAndGet();
                        permits.release();
                    }
                    return null;
                }));
            }
        } // close() waits for every call
        for (Future<Void> done : calls) {
            done.get(); // a failed call fails the run (ExecutionException) instead of being lost
        }
        return mostInside.get();
    }
    // end::semaphore[]

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        if (args.length > 0) {
            System.err.println("LimitedCalls takes no arguments");
            System.exit(2);
        }
        long start = System.nanoTime();
        int most = run(1_000, 10, () -> Thread.sleep(10));
        System.out.printf(Locale.US, "1,000 calls of 10 ms, at most %d at once: %,d ms%n", most, (System.nanoTime() - start) / 1_000_000);
    }
}
