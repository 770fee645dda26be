package course.virtual;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** A thousand virtual threads, a database that takes ten connections: limit with a Semaphore, not a pool. */
public final class LimitedCalls {

    /** What a call does while it holds a connection: the program sleeps, a test waits on a barrier. */
    @FunctionalInterface
    interface Call {
        void run() throws InterruptedException;
    }

    private LimitedCalls() {
    }

    // tag::semaphore[]
    static int run(int tasks, int connections, Call call) {
        Semaphore permits = new Semaphore(connections);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) { // one new thread per task
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> {
                    permits.acquire(); // a virtual thread waiting here costs almost nothing
                    try {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        call.run();
                        inside.decrementAndGet();
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
        }
        return mostInside.get();
    }
    // end::semaphore[]

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("LimitedCalls takes no arguments");
            System.exit(2);
        }
        long start = System.nanoTime();
        int most = run(1_000, 10, () -> Thread.sleep(10));
        System.out.printf(Locale.US, "1,000 calls of 10 ms, at most %d at once: %,d ms%n", most, (System.nanoTime() - start) / 1_000_000);
    }
}
