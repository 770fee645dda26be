package course.stoppable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class QueueWorkerTest {

    private final List<String> handled = new CopyOnWriteArrayList<>();

    @Test
    void handlesEveryMessageInOrderAndStopsAtStop() throws InterruptedException {
        LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>(List.of("a", "b", QueueWorker.STOP, "c"));

        new QueueWorker(inbox, handled::add).run(); // on this thread: returns once it reached STOP

        assertThat(handled).withFailMessage("Expected [a, b] handled from the inbox [a, b, STOP, c], got %s."
                + "%nHint: take() one message at a time; return at STOP without handling it.", handled)
                .containsExactly("a", "b");
        assertThat(inbox).withFailMessage("Expected \"c\" to stay in the inbox after STOP, the inbox was %s", inbox)
                .containsExactly("c");
    }

    @Test
    void stopsWhenInterruptedWhileWaitingAndKeepsTheInterruptFlag() throws InterruptedException {
        WatchedInbox inbox = new WatchedInbox(1, List.of());
        AtomicBoolean flagAfterRun = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().start(() -> {
            new QueueWorker(inbox, handled::add).run();
            flagAfterRun.set(Thread.currentThread().isInterrupted());
        });

        inbox.awaitFirstTake();
        while (worker.getState() != Thread.State.WAITING && worker.isAlive()) {
            Thread.onSpinWait(); // until the worker waits inside take()
        }
        worker.interrupt();
        worker.join();

        assertThat(inbox.takes()).withFailMessage("Expected the worker to stop after take() was interrupted, but it"
                + " called take() %d times.%nHint: an empty catch block swallows the request to stop; return instead.",
                inbox.takes()).isEqualTo(1);
        assertThat(flagAfterRun).withFailMessage("Expected the interrupt flag to be set when run() returned, it was"
                + " not.%nHint: catching InterruptedException clears the flag: call Thread.currentThread().interrupt().")
                .isTrue();
    }

    @Test
    void aThreadInterruptedBeforeRunHandlesNothing() {
        WatchedInbox inbox = new WatchedInbox(1, List.of("a", "b"));

        Thread.currentThread().interrupt();
        new QueueWorker(inbox, handled::add).run();
        boolean flag = Thread.interrupted(); // also clears it for the next test

        assertThat(handled).withFailMessage("Expected nothing handled by an interrupted thread, got %s.%nHint:"
                + " take() throws InterruptedException at once when the flag is already set.", handled).isEmpty();
        assertThat(flag).withFailMessage("Expected the interrupt flag still set after run(), it was not.%nHint:"
                + " catching InterruptedException clears the flag: call Thread.currentThread().interrupt().").isTrue();
        assertThat(inbox.takes()).withFailMessage("Expected one call of take(), which throws at once, got %d",
                inbox.takes()).isEqualTo(1);
    }
}
