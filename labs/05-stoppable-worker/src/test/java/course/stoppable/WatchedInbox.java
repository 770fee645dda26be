package course.stoppable;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An inbox that counts the calls of take(). Calls beyond the number a correct worker makes return STOP,
 * so that a worker that swallowed an interrupt ends instead of waiting forever, and the test can say so.
 */
@SuppressWarnings("serial") // a test helper, never serialised
final class WatchedInbox extends LinkedBlockingQueue<String> {

    private final int correctTakes;
    private final AtomicInteger takes = new AtomicInteger();
    private final CountDownLatch firstTake = new CountDownLatch(1);

    WatchedInbox(int correctTakes, List<String> messages) {
        super(messages);
        this.correctTakes = correctTakes;
    }

    @Override
    public String take() throws InterruptedException {
        int number = takes.incrementAndGet();
        firstTake.countDown();
        if (number > correctTakes) {
            return QueueWorker.STOP;
        }
        return super.take();
    }

    void awaitFirstTake() throws InterruptedException {
        firstTake.await();
    }

    int takes() {
        return takes.get();
    }
}
