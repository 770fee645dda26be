package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MailboxTest {

    @Test
    void takeWaitsOnAnEmptyBoxUntilALetterIsPut() throws InterruptedException {
        Mailbox<String> box = new Mailbox<>();
        AtomicReference<String> read = new AtomicReference<>();
        Thread reader = Threads.start(() -> read.set(box.take()));

        Threads.awaitWaiting(reader); // the box is empty: the reader waits
        box.put("hello");
        reader.join();

        assertThat(read.get()).isEqualTo("hello");
    }

    @Test
    void putWaitsOnAFullBoxUntilTheLetterIsTaken() throws InterruptedException {
        Mailbox<String> box = new Mailbox<>();
        box.put("first");
        Thread postman = Threads.start(() -> box.put("second"));

        Threads.awaitWaiting(postman); // the box is full: the postman waits
        assertThat(box.take()).isEqualTo("first");
        postman.join();

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
        Thread one = Threads.start(() -> first.set(box.take()));
        Thread two = Threads.start(() -> second.set(box.take()));
        Threads.awaitWaiting(one);
        Threads.awaitWaiting(two);

        synchronized (box) {
            box.put("letter");
            assertThat(box.take()).isEqualTo("letter");
        }
        box.put("for one of you"); // whenever the woken readers look, they find an empty box or a letter
        box.put("for the other");
        one.join();
        two.join();

        assertThat(new String[] {first.get(), second.get()}).containsExactlyInAnyOrder("for one of you", "for the other");
    }
}
