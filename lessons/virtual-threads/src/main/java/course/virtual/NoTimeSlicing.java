package course.virtual;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Virtual threads are not time-sliced (JEP 444: the scheduler "does not currently implement time sharing"): a
 * virtual thread that computes keeps its carrier until it blocks or yields. Run with one carrier
 * (-Djdk.virtualThreadScheduler.parallelism=1), a spinning virtual thread keeps a second one from running at all.
 */
public final class NoTimeSlicing {

    /** What the spinning thread saw: did the other virtual thread run while it spun, and after? */
    record Outcome(boolean otherRanDuringTheSpin, boolean otherRanAfterwards) {
    }

    private NoTimeSlicing() {
    }

    // tag::spin[]
    static Outcome spinThenLetAnotherRun(long spinMillis, boolean yieldWhileSpinning) throws InterruptedException {
        CountDownLatch spinning = new CountDownLatch(1);
        CountDownLatch otherStarted = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        boolean[] ranDuringTheSpin = new boolean[1];     // written by the spinner, read after join()
        Thread spinner = Thread.ofVirtual().start(() -> {
            spinning.countDown();
            while (otherStarted.getCount() > 0) {        // CPU work until the other thread waits for a carrier
                Thread.onSpinWait();
            }
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(spinMillis);
            while (System.nanoTime() < end && otherRan.getCount() > 0) { // more CPU work: never blocks
                if (yieldWhileSpinning) {
                    Thread.yield();                      // offers the carrier to another virtual thread
                }
            }
            ranDuringTheSpin[0] = otherRan.getCount() == 0;
        });
        spinning.await();                                // the spinner has the carrier now
        Thread other = Thread.ofVirtual().start(otherRan::countDown); // queued: waits for a free carrier
        otherStarted.countDown();
        spinner.join();
        other.join();
        return new Outcome(ranDuringTheSpin[0], otherRan.getCount() == 0);
    }
    // end::spin[]

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("NoTimeSlicing takes no arguments");
            System.exit(2);
        }
        String parallelism = System.getProperty("jdk.virtualThreadScheduler.parallelism", "the default");
        System.out.printf(Locale.US, "carrier threads (jdk.virtualThreadScheduler.parallelism): %s%n", parallelism);
        Outcome spin = spinThenLetAnotherRun(500, false);
        System.out.printf(Locale.US, "spinning 500 ms without yielding: the other ran during the spin: %b, afterwards: %b%n",
                spin.otherRanDuringTheSpin(), spin.otherRanAfterwards());
        Outcome yielding = spinThenLetAnotherRun(500, true);
        System.out.printf(Locale.US, "spinning with Thread.yield():      the other ran during the spin: %b, afterwards: %b%n",
                yielding.otherRanDuringTheSpin(), yielding.otherRanAfterwards());
    }
}
