package course.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

// A net for every test: close() waits for the deliveries and does not give up when interrupted, so only a
// separate thread can fail (and abandon) a test whose delivery hangs (see TimeoutModesTest).
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class NotifierTest {

    // tag::awaitility[]
    @Test
    void aSentMessageIsDeliveredSoonAfter() {
        try (Notifier notifier = new Notifier()) {
            notifier.send("  hello ");

            await().atMost(Duration.ofSeconds(10))           // an upper bound, only reached when it fails
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> notifier.delivered().contains("hello")); // returns as soon as it is true
        }
    }
    // end::awaitility[]

    // tag::close-waits[]
    @Test
    void closingWaitsForEveryDelivery() {
        Thread closer = Thread.currentThread();
        AtomicBoolean allSent = new AtomicBoolean();
        AtomicBoolean closeReturned = new AtomicBoolean();
        Notifier notifier = new Notifier(message -> {
            if (message.equals("message 0")) { // held until the closing thread waits in close(), or close() returned
                long giveUp = System.nanoTime() + Duration.ofSeconds(3).toNanos(); // only for a send() that waits
                while (!closeReturned.get() && !(allSent.get() && isWaiting(closer)) && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                }
            }
        });
        for (int i = 0; i < 100; i++) {
            notifier.send("message " + i);
        }
        allSent.set(true);
        notifier.close();
        List<String> seen = notifier.delivered(); // read before the first delivery may go on by itself
        closeReturned.set(true);

        assertThat(seen).hasSize(100).startsWith("message 0").endsWith("message 99");
    }
    // end::close-waits[]

    // tag::failure[]
    @Test
    void aFailedDeliveryIsThrownByClose() {
        IllegalStateException refused = new IllegalStateException("mailbox full");
        Notifier notifier = new Notifier(message -> {
            if (message.equals("second")) {
                throw refused;
            }
        });
        notifier.send("first");
        notifier.send("second");
        notifier.send("third");

        Throwable thrown = catchThrowable(notifier::close);

        assertThat(thrown).isInstanceOf(Notifier.DeliveryFailedException.class);
        assertThat(thrown.getCause()).isSameAs(refused);
        assertThat(notifier.delivered()).containsExactly("first", "third"); // one failure stops no other delivery
    }
    // end::failure[]

    // tag::timeout[]
    @Test
    void sendNeverWaitsForTheDelivery() {
        CountDownLatch sendReturned = new CountDownLatch(1);
        try (Notifier notifier = new Notifier(message -> sendReturned.await())) { // delivers only after send returned
            try {
                // A send that waited for its delivery would wait forever: fail it after 3 s, in another thread.
                assertTimeoutPreemptively(Duration.ofSeconds(3), () -> notifier.send("quick"));
            } finally {
                sendReturned.countDown(); // let the delivery end, so that close() can return
            }
        }
    }
    // end::timeout[]

    private static boolean isWaiting(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
