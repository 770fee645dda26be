package course.shared;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Several threads increment each kind of counter a million times; only the unsafe one loses updates. */
public final class CounterRace {

    static final int THREADS = 4;
    static final int INCREMENTS = 1_000_000;

    private CounterRace() {
    }

    static Map<String, Supplier<Counter>> counters() {
        Map<String, Supplier<Counter>> counters = new LinkedHashMap<>();
        counters.put("unsafe (count++)", UnsafeCounter::new);
        counters.put("synchronized", SynchronizedCounter::new);
        counters.put("ReentrantLock", LockCounter::new);
        counters.put("AtomicLong", AtomicCounter::new);
        counters.put("LongAdder", AdderCounter::new);
        return counters;
    }

    // tag::race[]
    /** Starts the threads together, lets each increment the counter, and returns the total. */
    static long race(Counter counter, int threads, int increments) throws InterruptedException {
        CountDownLatch startingGun = new CountDownLatch(1); // no thread gets a head start
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    startingGun.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int n = 0; n < increments; n++) {
                    counter.increment();
                }
            }));
        }
        startingGun.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        return counter.get();
    }
    // end::race[]

    static void run(PrintStream out, int threads, int increments) throws InterruptedException {
        long expected = (long) threads * increments;
        out.printf(Locale.US, "%d threads x %,d increments: expected %,d%n", threads, increments, expected);
        for (Map.Entry<String, Supplier<Counter>> kind : counters().entrySet()) {
            long start = System.nanoTime();
            long total = race(kind.getValue().get(), threads, increments);
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.printf(Locale.US, "%-17s got %,10d  lost %,10d  %5d ms%n", kind.getKey(), total, expected - total, millis);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("CounterRace takes no arguments");
            System.exit(2);
        }
        run(System.out, THREADS, INCREMENTS);
    }
}
