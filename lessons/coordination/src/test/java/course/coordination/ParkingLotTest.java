package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cars arrive one at a time, and each leaves only when the test opens its own gate, so the test knows at every step
 * how many cars should be parked. After each arrival it waits until the new car is either parked or queued at the
 * semaphore; one of the two always happens, so no step waits on luck, and a lot with the wrong number of spaces (or
 * one that gives a space back twice) lets a car park that should queue, every run.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ParkingLotTest {

    private final ParkingLot lot = new ParkingLot(2);
    private final Set<Integer> parked = ConcurrentHashMap.newKeySet(); // cars inside park(), waiting at their gate
    private final List<CountDownLatch> gates = new ArrayList<>();
    private final List<Thread> cars = new ArrayList<>();
    private final Output out = new Output();

    private void arrive(int car) {
        CountDownLatch gate = new CountDownLatch(1);
        gates.add(gate);
        cars.add(Thread.ofPlatform().name("car " + car).start(() -> {
            try {
                lot.visit(car, number -> {
                    parked.add(number);
                    gate.await(); // the car stays until the test opens its gate
                    parked.remove(number);
                }, out.stream);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        awaitTrue(() -> parked.contains(car) || lot.hasCarsWaiting()); // one of the two, whatever the scheduling
    }

    private void leave(int car) throws InterruptedException {
        gates.get(car - 1).countDown();
        cars.get(car - 1).join(); // it has given its space back
    }

    private static void awaitTrue(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            LockSupport.parkNanos(100_000); // polls; the pause only leaves the processors to the cars it waits for
        }
    }

    @Test
    void twoSpacesAdmitTwoCarsAndTheThirdWaitsUntilOneLeaves() throws InterruptedException {
        arrive(1);
        arrive(2);
        assertThat(parked).as("cars parked after two arrived").containsExactlyInAnyOrder(1, 2);

        arrive(3);
        assertThat(parked).as("cars parked after a third arrived at a lot of two spaces").containsExactlyInAnyOrder(1, 2);
        assertThat(lot.hasCarsWaiting()).as("car 3 waits for a space").isTrue();

        leave(1);
        awaitTrue(() -> parked.contains(3)); // the space car 1 gave back goes to the waiting car
        assertThat(parked).containsExactlyInAnyOrder(2, 3);
        cleanUp(2, 3);
        assertThat(lot.mostParkedAtOnce()).isEqualTo(2);
    }

    @Test
    void aCarThatLeavesGivesBackOneSpaceNotMore() throws InterruptedException {
        arrive(1);
        arrive(2);
        arrive(3); // waits
        leave(1);
        awaitTrue(() -> parked.contains(3)); // the space car 1 gave back went to car 3: the lot is full again

        arrive(4);
        assertThat(parked).as("cars parked after car 1 left and car 4 arrived").containsExactlyInAnyOrder(2, 3);
        assertThat(lot.hasCarsWaiting()).as("car 4 waits for a space").isTrue();

        cleanUp(2, 3, 4);
        assertThat(lot.mostParkedAtOnce()).isEqualTo(2);
    }

    /** Opens the gates of the cars that are still there, in order, and waits until every car has left. */
    private void cleanUp(int... remaining) throws InterruptedException {
        for (int car : remaining) {
            leave(car);
        }
    }
}
