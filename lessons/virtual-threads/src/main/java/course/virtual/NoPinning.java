package course.virtual;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

/** Virtual threads that sleep inside synchronized: since JDK 24 they release their carrier thread. */
public final class NoPinning {

    private NoPinning() {
    }

    // tag::synchronized[]
    static long sleepInsideSynchronized(int threads, long millis) throws InterruptedException {
        long start = System.nanoTime();
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Object lock = new Object(); // one lock each: no thread waits for another's lock
            started.add(Thread.ofVirtual().start(() -> {
                synchronized (lock) {
                    try {
                        Thread.sleep(millis); // JDK 21 to 23: pinned its carrier; JDK 24 and later: unmounts
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }));
        }
        for (Thread thread : started) {
            thread.join();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
    // end::synchronized[]

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("NoPinning takes no arguments");
            System.exit(2);
        }
        int carriers = Runtime.getRuntime().availableProcessors(); // the scheduler's default parallelism
        long millis = sleepInsideSynchronized(100, 100);
        System.out.printf(Locale.US, "100 virtual threads slept 100 ms each inside synchronized, on %d carrier threads: %,d ms%n",
                carriers, millis);
        System.out.printf(Locale.US, "(pinned, they would have taken about 100 / %d x 100 ms = %,d ms)%n", carriers, 100 / carriers * 100);
    }
}
