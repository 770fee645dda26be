package course.coordination;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** A Semaphore with two permits: five cars, two spaces, never more than two cars parked at once. */
public final class ParkingLot {

    /** What a car does while parked: the program sleeps; tests wait on a barrier. */
    @FunctionalInterface
    interface Stay {
        void park(int car) throws InterruptedException;
    }

    private final Semaphore spaces;
    private final AtomicInteger parked = new AtomicInteger();
    private final AtomicInteger mostParked = new AtomicInteger();

    ParkingLot(int spaces) {
        this.spaces = new Semaphore(spaces, true); // fair: cars get in in the order they arrived
    }

    // tag::semaphore[]
    void visit(int car, Stay stay, PrintStream out) throws InterruptedException {
        spaces.acquire(); // waits while no permit is free
        try {
            int now = parked.incrementAndGet();
            mostParked.accumulateAndGet(now, Math::max);
            out.println("car " + car + " parks (" + now + " parked)");
            stay.park(car);
            parked.decrementAndGet();
            out.println("car " + car + " leaves");
        } finally {
            spaces.release(); // always give the permit back
        }
    }
    // end::semaphore[]

    int mostParkedAtOnce() {
        return mostParked.get();
    }

    /** Whether a car waits for a space; for tests (Semaphore.hasQueuedThreads: exact while no acquire is cancelled). */
    boolean hasCarsWaiting() {
        return spaces.hasQueuedThreads();
    }

    static int run(int cars, ParkingLot lot, Stay stay, PrintStream out) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int car = 1; car <= cars; car++) {
            int number = car;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    lot.visit(number, stay, out);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return lot.mostParkedAtOnce();
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("ParkingLot takes no arguments");
            System.exit(2);
        }
        int most = run(5, new ParkingLot(2), car -> Thread.sleep(100), System.out);
        System.out.println("at most " + most + " cars were parked at once");
    }
}
