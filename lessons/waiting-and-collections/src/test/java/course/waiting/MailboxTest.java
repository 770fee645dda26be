package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The mailbox's waits, with the interleavings forced by the box's own monitor, which the test holds while it
 * changes the box. SEPARATE_THREAD: a test stuck in join or on the monitor is stopped and reported after 5 s.
 */
@Timeout(value = 5, threadMode = ThreadMode.SEPARATE_THREAD)
class MailboxTest {

    @Test
    void takeWaitsOnAnEmptyBoxUntilALetterIsPut() throws InterruptedException {
        Mailbox<String> box = new Mailbox<>();
        AtomicReference<String> read = new AtomicReference<>();
        Threads.Started reader = Threads.run(() -> read.set(box.take()));

        Threads.awaitWaiting(reader.thread()); // the box is empty: the reader waits
        box.put("hello");
        reader.joinAndRethrow();

        assertThat(read.get()).isEqualTo("hello");
    }

    @Test
    void putWaitsOnAFullBoxUntilTheLetterIsTaken() throws InterruptedException {
        Mailbox<String> box = new Mailbox<>();
        box.put("first");
        Threads.Started postman = Threads.run(() -> box.put("second"));

        Threads.awaitWaiting(postman.thread()); // the box is full: the postman waits
        assertThat(box.take()).isEqualTo("first");
        postman.joinAndRethrow();

        assertThat(box.take()).isEqualTo("second");
    }

    // tag::stolen[]
    @Test
    void withIfAReaderWokenToAnEmptyBoxGoesOnAndReadsNull() throws InterruptedException {
        IfMailbox<String> box = new IfMailbox<>();
        AtomicReference<String> first = new AtomicReference<>("nothing yet");
        AtomicReference<String> second = new AtomicReference<>("nothing yet");
        Thread one = Threads.start(() -> first.set(box.take()));
        Thread two = Threads.start(() -> second.set(box.take()));
        Threads.awaitWaiting(one);
        Threads.awaitWaiting(two);

        synchronized (box) {             // holding the monitor, nobody else can run in the box:
            box.put("letter");           // notifyAll wakes both readers, but they need the monitor,
            assertThat(box.take()).isEqualTo("letter"); // and when they get it, the box is empty again
        }
        one.join();
        two.join();

        assertThat(first.get()).isNull(); // both woke, did not check again, and read an empty box
        assertThat(second.get()).isNull();
    }
    // end::stolen[]

    @Test
    void withWhileAReaderWokenToAnEmptyBoxWaitsAgain() throws InterruptedException {
        Mailbox<String> box = new Mailbox<>();
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        Threads.Started one = Threads.run(() -> first.set(box.take()));
        Threads.Started two = Threads.run(() -> second.set(box.take()));
        Threads.awaitWaiting(one.thread());
        Threads.awaitWaiting(two.thread());
        long oneWaits = Threads.waits(one.thread());
        long twoWaits = Threads.waits(two.thread());

        synchronized (box) {
            box.put("letter");
            assertThat(box.take()).isEqualTo("letter");
        }
        // Each reader was woken; it either went on (wrong: it reads an empty box) or waits a second time.
        Threads.awaitEndedOrWaitsAgain(one.thread(), oneWaits);
        Threads.awaitEndedOrWaitsAgain(two.thread(), twoWaits);
        assertThat(one.thread().isAlive()).as("the first reader, woken to an empty box, waits again").isTrue();
        assertThat(two.thread().isAlive()).as("the second reader, woken to an empty box, waits again").isTrue();

        box.put("for one of you"); // whenever the readers look, they find an empty box or a letter
        box.put("for the other");
        one.joinAndRethrow();
        two.joinAndRethrow();

        assertThat(new String[] {first.get(), second.get()}).containsExactlyInAnyOrder("for one of you", "for the other");
    }

    // tag::all[]
    @Test
    void aLetterWakesEveryWaitingThreadSoThatEachChecksForItself() throws InterruptedException {
        Mailbox<String> box = new Mailbox<>();
        Threads.Started one = Threads.run(box::take);
        Threads.Started two = Threads.run(box::take);
        Threads.awaitWaiting(one.thread());
        Threads.awaitWaiting(two.thread());

        synchronized (box) {   // the readers cannot take the monitor back while the test holds it
            box.put("letter"); // notifyAll takes both readers out of the wait set: both wait for the monitor
            assertThat(Threads.awaitWoken(one.thread()) && Threads.awaitWoken(two.thread()))
                    .as("both waiting readers were woken (BLOCKED on the monitor, not WAITING in the wait set);"
                            + " notify() wakes only one, and the one left may wait for ever")
                    .isTrue();
        }
        box.put("another"); // one reader got the letter; this one is for the reader who waited again
        one.joinAndRethrow();
        two.joinAndRethrow();
    }
    // end::all[]
}
