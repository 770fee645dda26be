package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PoliteWorkerTest {

    @Test
    void handlesMessagesInOrderThenStopsWhenInterruptedInTakeWithTheFlagStillSet() throws InterruptedException {
        LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
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
            Thread.onSpinWait(); // until the worker waits in take(): the interrupt must then come as an exception
        }
        worker.interrupt();
        worker.join();

        assertThat(handled).containsExactly("one", "two");
        assertThat(flagAfterwards).as("the interrupt flag after run() returned").isTrue();
    }
}
