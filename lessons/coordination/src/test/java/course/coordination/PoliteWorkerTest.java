package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PoliteWorkerTest {

    /**
     * An inbox that notices a worker coming back for another message after it was interrupted, with its interrupt
     * flag cleared: such a worker swallowed the interrupt and would wait in take() for ever. The inbox records it
     * and throws, which ends the worker, so that the test fails at once instead of hanging.
     */
    @SuppressWarnings("serial") // a test helper, never serialised
    static final class WatchedInbox extends LinkedBlockingQueue<String> {
        final AtomicBoolean interruptSent = new AtomicBoolean();
        final AtomicBoolean cameBackAfterTheInterrupt = new AtomicBoolean();

        @Override
        public String take() throws InterruptedException {
            if (interruptSent.get() && !Thread.currentThread().isInterrupted()) {
                cameBackAfterTheInterrupt.set(true);
                throw new IllegalStateException("the worker swallowed the interrupt and came back for a message");
            }
            return super.take();
        }
    }

    @Test
    void handlesMessagesInOrderThenStopsWhenInterruptedInTakeWithTheFlagStillSet() throws InterruptedException {
        WatchedInbox inbox = new WatchedInbox();
        List<String> handled = new CopyOnWriteArrayList<>();
        CountDownLatch twoHandled = new CountDownLatch(2);
        AtomicBoolean flagAfterwards = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().start(() -> {
            new PoliteWorker(inbox, message -> {
                handled.add(message);
                twoHandled.countDown();
            }).run();
            flagAfterwards.set(Thread.currentThread().isInterrupted());
        });

        inbox.put("one");
        inbox.put("two");
        twoHandled.await();
        while (worker.getState() != Thread.State.WAITING) {
            LockSupport.parkNanos(100_000); // polls until the worker waits in take(): the interrupt then comes as an exception
        }
        inbox.interruptSent.set(true);
        worker.interrupt();
        worker.join();

        assertThat(handled).containsExactly("one", "two");
        assertThat(inbox.cameBackAfterTheInterrupt).as("the worker came back to take() after the interrupt").isFalse();
        assertThat(flagAfterwards).as("the interrupt flag after run() returned").isTrue();
    }
}
