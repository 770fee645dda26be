package course.shelf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The contract of lab.adoc. The tests never sleep: they line threads up with the shelf's own monitor and
 * watch how often each thread has waited (see Caller). A solution that hangs is stopped by the timeout,
 * which runs the test in a thread of its own so that even a test stuck on the monitor is reported.
 */
@Timeout(value = 5, threadMode = ThreadMode.SEPARATE_THREAD)
class ShelfTest {

    @Test
    void parcelsComeOffTheShelfInTheOrderTheyWereLeft() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(3);
        shelf.put("a");
        shelf.put("b");
        shelf.put("c");

        assertThat(shelf.size()).withFailMessage("Expected size() 3 after three puts, got %d", shelf.size()).isEqualTo(3);
        assertThat(List.of(shelf.take(), shelf.take(), shelf.take())).containsExactly("a", "b", "c");
        assertThat(shelf.size()).isZero();
    }

    @Test
    void aShelfNeedsRoomForOneParcelAndRefusesNull() {
        assertThatThrownBy(() -> new Shelf<String>(0)).isInstanceOf(IllegalArgumentException.class);
        Shelf<String> shelf = new Shelf<>(1);
        assertThatThrownBy(() -> shelf.put(null)).as("put(null)").isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRecipientWaitsAtAnEmptyShelfUntilAParcelArrives() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(2);
        Caller<String> recipient = Caller.start("recipient", shelf::take);

        recipient.awaitWaiting();
        shelf.put("parcel");
        recipient.join();

        assertThat(recipient.result()).withFailMessage("Expected the recipient to get \"parcel\", but %s",
                recipient.describeEnd()).isEqualTo("parcel");
    }

    @Test
    void aCourierWaitsAtAFullShelfUntilAParcelIsTaken() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(1);
        shelf.put("first");
        Caller<Void> courier = Caller.startPut("courier", shelf, "second");

        courier.awaitWaiting();
        assertThat(shelf.size()).withFailMessage("A full shelf of capacity 1 must not take a second parcel").isEqualTo(1);
        assertThat(shelf.take()).isEqualTo("first");
        courier.join();

        assertThat(courier.failure()).isNull();
        assertThat(shelf.take()).isEqualTo("second");
    }

    @Test
    void aRecipientWokenToAnEmptyShelfWaitsAgain() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(1);
        Caller<String> first = Caller.start("first recipient", shelf::take);
        Caller<String> second = Caller.start("second recipient", shelf::take);
        first.awaitWaiting();
        second.awaitWaiting();

        synchronized (shelf) {     // while the test holds the shelf's monitor, nobody else can get in:
            shelf.put("teaser");   // this wakes the waiting recipients, but they need the monitor to go on,
            shelf.take();          // and by the time they have it, the shelf is empty again
        }
        for (Caller<String> recipient : List.of(first, second)) {
            recipient.awaitEndedOrWaits(2); // woken: either it went on (wrong) or it waits again
            assertThat(recipient.ended()).withFailMessage("%s woke up to an empty shelf and did not wait again: %s."
                    + "%nHint: check the condition in a while loop around wait(), not an if: a thread that wakes"
                    + " up must check again.", recipient.name(), recipient.describeEnd()).isFalse();
        }
        Caller<Void> courier = Caller.start("courier", () -> {
            shelf.put("a");
            shelf.put("b");
            return null;
        });
        Caller.awaitAllEnded(List.of(courier, first, second)); // fails at once if they can never all end

        assertThat(List.of(first.result(), second.result())).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aCourierWokenToAFullShelfWaitsAgain() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(1);
        shelf.put("x");
        Caller<Void> first = Caller.startPut("first courier", shelf, "c1");
        Caller<Void> second = Caller.startPut("second courier", shelf, "c2");
        first.awaitWaiting();
        second.awaitWaiting();

        synchronized (shelf) {
            assertThat(shelf.take()).isEqualTo("x"); // room: this wakes the waiting couriers...
            shelf.put("y");                          // ...and the shelf is full again before they can look
        }
        for (Caller<Void> courier : List.of(first, second)) {
            courier.awaitEndedOrWaits(2);
            assertThat(courier.ended()).withFailMessage("%s woke up to a full shelf and did not wait again: %s;"
                    + " the shelf now holds %d parcels, its capacity is 1.%nHint: check the condition in a while"
                    + " loop around wait(), not an if.", courier.name(), courier.describeEnd(), shelf.size()).isFalse();
        }
        List<String> taken = new ArrayList<>();
        Caller<Void> recipient = Caller.start("recipient", () -> {
            for (int i = 0; i < 3; i++) {
                taken.add(shelf.take());
            }
            return null;
        });
        Caller.awaitAllEnded(List.of(recipient, first, second)); // fails at once if they can never all end

        assertThat(taken.getFirst()).isEqualTo("y");
        assertThat(taken).containsExactlyInAnyOrder("y", "c1", "c2");
    }

    @Test
    void aParcelWakesEveryWaitingRecipientSoThatEachChecksForItself() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(2);
        Caller<String> first = Caller.start("first recipient", shelf::take);
        Caller<String> second = Caller.start("second recipient", shelf::take);
        first.awaitWaiting();
        second.awaitWaiting();

        synchronized (shelf) {
            shelf.put("p");
            // Woken threads leave the wait set and then wait to get the monitor back, which the test holds:
            // Thread.State.BLOCKED. notifyAll() wakes both. With notify(), one recipient stays in the wait set
            // (WAITING), and it fails: couriers and recipients share the one wait set of the shelf, and
            // notify() wakes one thread of it, which may be one that cannot go on.
            Caller.awaitBothWoken(first, second);
        }
        first.awaitEndedOrWaits(2);
        second.awaitEndedOrWaits(2);
        Caller<String> winner = "p".equals(second.result()) ? second : first;
        Caller<String> other = winner == first ? second : first;
        assertThat(winner.result()).withFailMessage("%s: %s", winner.name(), winner.describeEnd()).isEqualTo("p");
        assertThat(other.ended()).withFailMessage("%s woke up to an empty shelf and did not wait again: %s."
                + "%nHint: while, not if, around wait().", other.name(), other.describeEnd()).isFalse();
        shelf.put("q");
        other.join();

        assertThat(other.result()).isEqualTo("q");
    }

    @Test
    void aRecipientInterruptedWhileWaitingStopsWithInterruptedException() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(1);
        Caller<String> recipient = Caller.start("recipient", shelf::take);
        recipient.awaitWaiting();

        recipient.interrupt();
        recipient.awaitEndedOrWaits(2); // ended (right), or caught the interrupt and waited again (wrong)

        assertThat(recipient.ended()).withFailMessage("The interrupted recipient went back to waiting."
                + "%nHint: do not catch InterruptedException around wait(): declare it, and let it reach the caller,"
                + " who asked to stop.").isTrue();
        recipient.join();
        assertThat(recipient.failure()).withFailMessage("Expected InterruptedException from take(), but %s",
                recipient.describeEnd()).isInstanceOf(InterruptedException.class);
        shelf.put("still works");
        assertThat(shelf.take()).isEqualTo("still works");
    }

    @Test
    void manyCouriersAndRecipientsPassEveryParcelExactlyOnce() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(2);
        int pairs = 3;
        int perCourier = 1_000;
        ConcurrentHashMap<String, Integer> received = new ConcurrentHashMap<>();
        CountDownLatch startingGun = new CountDownLatch(1);
        List<Caller<Void>> callers = new ArrayList<>();
        for (int c = 0; c < pairs; c++) {
            String courierName = "courier " + c;
            callers.add(Caller.start(courierName, () -> {
                startingGun.await();
                for (int i = 0; i < perCourier; i++) {
                    shelf.put(courierName + " parcel " + i);
                }
                return null;
            }));
            callers.add(Caller.start("recipient " + c, () -> {
                startingGun.await();
                for (int i = 0; i < perCourier; i++) {
                    received.merge(shelf.take(), 1, Integer::sum);
                }
                return null;
            }));
        }
        startingGun.countDown();
        Caller.awaitAllEnded(callers); // fails at once when one of them failed or sleeps holding the shelf

        assertThat(received).hasSize(pairs * perCourier);
        assertThat(received.values()).containsOnly(1);
        assertThat(shelf.size()).isZero();
    }
}
