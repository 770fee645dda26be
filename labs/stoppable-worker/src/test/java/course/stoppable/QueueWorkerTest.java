package course.stoppable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The worker's contract, in lab.adoc: handle messages in order; at STOP return, leaving later messages in the
 * inbox; on an interrupt return with the interrupt flag set. Every test runs the worker against a
 * {@link WatchedInbox}, which sees how the worker waits and ends a worker caught in a mistake, so that no test
 * depends on timing: the interrupt is sent once the worker waits, and a worker that would wait for ever is told
 * STOP and reported.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net: the inbox ends a caught worker first
class QueueWorkerTest {

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final AtomicBoolean flagAfterRun = new AtomicBoolean();

    private Thread startWorker(WatchedInbox inbox) {
        return Thread.ofPlatform().name("worker").start(() -> {
            new QueueWorker(inbox, handled::add).run();
            flagAfterRun.set(Thread.currentThread().isInterrupted());
        });
    }

    @Test
    void handlesEveryMessageInOrderAndStopsAtStop() throws InterruptedException {
        String stop = new String(QueueWorker.STOP); // equal to STOP, but another object
        WatchedInbox inbox = new WatchedInbox(List.of("a", "b", stop, "c"));

        Thread worker = startWorker(inbox);
        boolean waitedAfterStop = inbox.awaitWaiting(worker); // false once the worker returned
        if (waitedAfterStop) {
            worker.interrupt(); // it went on past STOP and waits for more: end it
        }
        worker.join();

        assertThat(handled).withFailMessage("Expected [a, b] handled from the inbox [a, b, STOP, c], got %s."
                + "%nHint: take() one message at a time; at STOP (compare with STOP.equals), return without"
                + " handling it.", handled)
                .containsExactly("a", "b");
        assertThat(waitedAfterStop).withFailMessage("Expected the worker to return at STOP, but it went on and"
                + " waited for another message.%nHint: return at STOP, do not continue the loop.").isFalse();
        assertThat(List.copyOf(inbox)).withFailMessage("Expected \"c\" to stay in the inbox after STOP, the inbox"
                + " was %s", inbox).containsExactly("c");
    }

    @Test
    void waitsForMessagesWhileTheInboxIsEmpty() throws InterruptedException {
        WatchedInbox inbox = new WatchedInbox(List.of());

        Thread worker = startWorker(inbox);
        boolean waited = inbox.awaitWaiting(worker);

        assertThat(waited).withFailMessage("Expected the worker to wait for messages on an empty inbox, but run()"
                + " returned.%nHint: an empty inbox is no reason to stop: take() waits for the next message; only"
                + " STOP or an interrupt ends the work.").isTrue();
        assertThat(inbox.pollsBusily()).withFailMessage("Expected the worker to wait in a blocking call, but it"
                + " read the empty inbox %s times without waiting (a busy loop that burns a core).%nHint: take()"
                + " waits without using the processor.", String.format(Locale.US, "%,d", WatchedInbox.BUSY_READS))
                .isFalse();

        inbox.putAll("a", QueueWorker.STOP); // at once: the worker never finds the inbox empty between them
        boolean waitedAfterStop = inbox.awaitWaiting(worker); // false once the worker returned
        if (waitedAfterStop) {
            worker.interrupt();
        }
        worker.join();
        assertThat(handled).withFailMessage("Expected [a] handled, got %s", handled).containsExactly("a");
        assertThat(waitedAfterStop).withFailMessage("Expected the worker to return at STOP, but it waited for"
                + " another message").isFalse();
    }

    @Test
    void stopsWhenInterruptedWhileWaitingAndKeepsTheInterruptFlag() throws InterruptedException {
        WatchedInbox inbox = new WatchedInbox(List.of());
        Thread worker = startWorker(inbox);
        assertThat(inbox.awaitWaiting(worker)).withFailMessage("Expected the worker to wait for a message on an"
                + " empty inbox, but run() returned").isTrue();
        assertThat(inbox.pollsBusily()).withFailMessage("Expected the worker to wait in a blocking call, but it"
                + " polled the empty inbox in a busy loop.%nHint: take() waits, and throws InterruptedException when"
                + " the thread is interrupted.").isFalse();

        inbox.interruptSent();
        worker.interrupt(); // the worker waits in the inbox (or is about to park there): it throws at once
        worker.join();

        assertThat(inbox.swallowedTheInterrupt()).withFailMessage("Expected the worker to stop when it was"
                + " interrupted, but it went back to the inbox for another message with the interrupt flag"
                + " cleared.%nHint: an empty catch block swallows the request to stop; restore the flag and return.")
                .isFalse();
        assertThat(inbox.loopedAfterTheInterrupt()).withFailMessage("Expected the worker to return after the"
                + " interrupt, but it read the inbox again and again.%nHint: return after catching"
                + " InterruptedException.").isFalse();
        assertThat(flagAfterRun).withFailMessage("Expected the interrupt flag to be set when run() returned, it was"
                + " not.%nHint: catching InterruptedException clears the flag: call Thread.currentThread().interrupt().")
                .isTrue();
        assertThat(handled).isEmpty();
    }

    @Test
    void aThreadInterruptedBeforeRunHandlesNothing() {
        WatchedInbox inbox = new WatchedInbox(List.of("a", "b"));

        inbox.interruptSent();
        Thread.currentThread().interrupt();
        new QueueWorker(inbox, handled::add).run();
        boolean flag = Thread.interrupted(); // also clears it for the next test

        assertThat(handled).withFailMessage("Expected nothing handled by an interrupted thread, got %s.%nHint:"
                + " take() throws InterruptedException at once when the flag is already set.", handled).isEmpty();
        assertThat(flag).withFailMessage("Expected the interrupt flag still set after run(), it was not.%nHint:"
                + " catching InterruptedException clears the flag: call Thread.currentThread().interrupt().").isTrue();
        assertThat(List.copyOf(inbox)).withFailMessage("Expected both messages left in the inbox, it was %s", inbox)
                .containsExactly("a", "b");
    }

    @Test
    void anInterruptWhileHandlingAMessageStopsTheWorkerBeforeTheNextOne() throws InterruptedException {
        WatchedInbox inbox = new WatchedInbox(List.of("a", "b", QueueWorker.STOP));
        Thread worker = Thread.ofPlatform().name("worker").start(() -> {
            new QueueWorker(inbox, message -> {
                handled.add(message);
                if (message.equals("a")) {
                    inbox.interruptSent();
                    Thread.currentThread().interrupt(); // as if the owner interrupted the worker now
                }
            }).run();
            flagAfterRun.set(Thread.currentThread().isInterrupted());
        });
        worker.join();

        assertThat(handled).withFailMessage("Expected the worker to stop after \"a\", during which it was"
                + " interrupted; it handled %s.%nHint: the next take() throws InterruptedException.", handled)
                .containsExactly("a");
        assertThat(flagAfterRun).withFailMessage("Expected the interrupt flag to be set when run() returned, it was"
                + " not.%nHint: call Thread.currentThread().interrupt() in the catch block.").isTrue();
    }
}
