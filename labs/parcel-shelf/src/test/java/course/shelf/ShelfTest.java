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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        putWithoutWaiting(shelf, "a");
        putWithoutWaiting(shelf, "b");
        putWithoutWaiting(shelf, "c");

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

    @ParameterizedTest(name = "a shelf of capacity {0} takes {0} parcels before a courier waits")
    @ValueSource(ints = {1, 2, 3})
    void aShelfTakesExactlyItsCapacityBeforeACourierWaits(int capacity) throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(capacity);
        for (int i = 1; i <= capacity; i++) {
            putWithoutWaiting(shelf, "parcel " + i); // fails at once if a courier waits at a shelf with room
        }
        assertThat(shelf.size()).isEqualTo(capacity);
        Caller<Void> courier = Caller.startPut("courier", shelf, "one too many");

        courier.awaitWaiting(); // a full shelf: the next courier waits
        assertThat(shelf.take()).isEqualTo("parcel 1");
        Caller.awaitAllEnded(List.of(courier)); // fails at once if the courier is never woken

        assertThat(shelf.size()).isEqualTo(capacity);
    }

    @Test
    void aRecipientWaitsAtAnEmptyShelfUntilAParcelArrives() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(2);
        Caller<String> recipient = Caller.start("recipient", shelf::take);

        recipient.awaitWaiting();
        shelf.put("parcel");
        Caller.awaitAllEnded(List.of(recipient)); // fails at once if the recipient is never woken

        assertThat(recipient.result()).withFailMessage("Expected the recipient to get \"parcel\", but %s",
                recipient.describeEnd()).isEqualTo("parcel");
    }

    @Test
    void aCourierWaitsAtAFullShelfUntilAParcelIsTaken() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(1);
        putWithoutWaiting(shelf, "first");
        Caller<Void> courier = Caller.startPut("courier", shelf, "second");

        courier.awaitWaiting();
        assertThat(shelf.size()).withFailMessage("A full shelf of capacity 1 must not take a second parcel").isEqualTo(1);
        assertThat(shelf.take()).isEqualTo("first");
        Caller.awaitAllEnded(List.of(courier)); // fails at once if the courier is never woken

        assertThat(courier.failure()).isNull();
        assertThat(shelf.take()).isEqualTo("second");
    }

    @Test
    void aRecipientWokenToAnEmptyShelfWaitsAgain() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(2);
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
        putWithoutWaiting(shelf, "x");
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
        putWithoutWaiting(shelf, "still works");
        assertThat(shelf.take()).isEqualTo("still works");
    }

    @Test
    void aCourierInterruptedWhileWaitingStopsWithInterruptedException() throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(1);
        putWithoutWaiting(shelf, "first");
        Caller<Void> courier = Caller.startPut("courier", shelf, "second");
        courier.awaitWaiting();

        courier.interrupt();
        courier.awaitEndedOrWaits(2); // ended (right), or caught the interrupt and waited again (wrong)

        assertThat(courier.ended()).withFailMessage("The interrupted courier went back to waiting."
                + "%nHint: do not catch InterruptedException around wait() in put either: declare it, and let it"
                + " reach the caller, who asked to stop.").isTrue();
        courier.join();
        assertThat(courier.failure()).withFailMessage("Expected InterruptedException from put(), but %s",
                courier.describeEnd()).isInstanceOf(InterruptedException.class);
        assertThat(shelf.size()).withFailMessage("The interrupted courier must leave no parcel").isEqualTo(1);
        assertThat(shelf.take()).isEqualTo("first");
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

    /** Puts the parcel from a courier thread, and fails at once if that courier waits: the shelf has room. */
    private static void putWithoutWaiting(Shelf<String> shelf, String parcel) throws InterruptedException {
        Caller<Void> courier = Caller.startPut("courier of " + parcel, shelf, parcel);
        courier.awaitEndedOrWaits(1);
        assertThat(courier.ended()).withFailMessage("put(\"%s\") waited at a shelf of capacity %d that holds %d"
                + " parcels: only a full shelf makes a courier wait.%nHint: the shelf is full when it holds"
                + " capacity parcels; a shelf of 1 holds one.", parcel, shelf.capacity(), shelf.size()).isTrue();
        courier.join();
        assertThat(courier.failure()).withFailMessage("put(\"%s\"): %s", parcel, courier.describeEnd()).isNull();
    }
}
