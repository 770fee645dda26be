package course.worker;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The same three counters without subclassing Thread: the job is a Runnable, and a
 * Thread.Builder makes named threads to run it.
 */
public final class RunnableWorkers {

    private RunnableWorkers() {
    }

    // tag::task[]
    /** The job alone: what to do, with no opinion about which thread does it. */
    static Runnable countToNine(PrintStream out) {
        return () -> {
            String name = Thread.currentThread().getName();
            for (int i = 0; i < 10; i++) {
                out.println(name + ": " + i);
                Thread.yield(); // a hint that another thread may run now; the scheduler is free to ignore it
            }
        };
    }
    // end::task[]

    // tag::builder[]
    static void runThree(PrintStream out) throws InterruptedException {
        Thread.Builder builder = Thread.ofPlatform().name("counter-", 1); // counter-1, counter-2, ...
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            threads.add(builder.start(countToNine(out)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
    // end::builder[]

    public static void main(String[] args) throws InterruptedException {
        runThree(System.out);
    }
}
