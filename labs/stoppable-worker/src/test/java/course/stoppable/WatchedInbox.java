package course.stoppable;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An inbox that watches how the worker reads it, whichever way it reads (take, poll with or without a time
 * limit, peek, isEmpty, size):
 * <ul>
 * <li>{@link #awaitWaiting(Thread)} returns once the worker waits for a message in a blocking call on an empty inbox
 *     (take, or poll with a time limit of a millisecond or more);</li>
 * <li>a read after {@link #interruptSent()} on a thread whose interrupt flag is clear means the worker swallowed
 *     the interrupt: the inbox records it and answers STOP, so that the worker ends and the test can say so;</li>
 * <li>10,000 reads that find the inbox empty without waiting mean the worker polls busily: recorded, and STOP;</li>
 * <li>100 reads after the interrupt with the flag still set mean the worker loops on an exception: recorded, and
 *     STOP.</li>
 * </ul>
 * A correct worker never sees one of those STOPs, so the inbox changes nothing for it.
 */
@SuppressWarnings("serial") // a test helper, never serialised
final class WatchedInbox extends LinkedBlockingQueue<String> {

    static final int BUSY_READS = 10_000;
    static final int READS_AFTER_INTERRUPT = 100;

    private volatile CountDownLatch waiting = new CountDownLatch(1);
    private final AtomicInteger emptyReads = new AtomicInteger();
    private final AtomicInteger readsAfterInterrupt = new AtomicInteger();
    private final AtomicBoolean interruptSent = new AtomicBoolean();
    private final AtomicBoolean swallowed = new AtomicBoolean();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean looping = new AtomicBoolean();

    WatchedInbox(List<String> messages) {
        super(messages);
    }

    /** Null if the worker may read on; otherwise the STOP that ends a worker caught in a mistake. */
    private String watch() {
        if (interruptSent.get()) {
            if (!Thread.currentThread().isInterrupted()) {
                swallowed.set(true);
                return QueueWorker.STOP;
            }
            if (readsAfterInterrupt.incrementAndGet() > READS_AFTER_INTERRUPT) {
                looping.set(true);
                return QueueWorker.STOP;
            }
        }
        return null;
    }

    /** Counts a read that found the inbox empty without waiting; STOP once that makes a busy loop. */
    private String emptyRead() {
        if (emptyReads.incrementAndGet() >= BUSY_READS) {
            busy.set(true);
            waiting.countDown(); // the test waits for the worker to settle: it has, in a busy loop
            return QueueWorker.STOP;
        }
        return null;
    }

    @Override
    public String take() throws InterruptedException {
        String stop = watch();
        if (stop != null) {
            return stop;
        }
        signalIfEmpty();
        return super.take();
    }

    /** The worker is about to wait in a blocking call: if the inbox is empty, it waits for a message. */
    private synchronized void signalIfEmpty() {
        if (super.size() == 0) {
            waiting.countDown();
        }
    }

    /** Whether the inbox is empty, seen either before or after the messages of one {@link #putAll}. */
    private synchronized boolean emptyNow() {
        return super.size() == 0;
    }

    private synchronized int sizeNow() {
        return super.size();
    }

    /**
     * Puts the messages so that the worker sees all of them or none: it cannot find the inbox empty in between.
     * After it, {@link #awaitWaiting} waits for the worker's next wait on an empty inbox.
     */
    synchronized void putAll(String... messages) {
        waiting = new CountDownLatch(1);
        for (String message : messages) {
            super.add(message);
        }
    }

    @Override
    public String poll(long timeout, TimeUnit unit) throws InterruptedException {
        String stop = watch();
        if (stop != null) {
            return stop;
        }
        if (unit.toMicros(timeout) >= 1_000) {
            signalIfEmpty();
        } else if (emptyNow() && (stop = emptyRead()) != null) {
            return stop;
        }
        return super.poll(timeout, unit);
    }

    @Override
    public String poll() {
        String stop = watch();
        if (stop == null && emptyNow()) {
            stop = emptyRead();
        }
        return stop != null ? stop : super.poll();
    }

    @Override
    public String peek() {
        String stop = watch();
        if (stop == null && emptyNow()) {
            stop = emptyRead();
        }
        return stop != null ? stop : super.peek();
    }

    @Override
    public boolean isEmpty() {
        boolean empty = emptyNow();
        if (empty && (watch() != null || emptyRead() != null)) {
            super.add(QueueWorker.STOP); // a caught worker reads on: let it find STOP
            return false;
        }
        return empty;
    }

    @Override
    public int size() {
        int size = sizeNow();
        if (size == 0 && (watch() != null || emptyRead() != null)) {
            super.add(QueueWorker.STOP);
            return 1;
        }
        return size;
    }

    /** Waits until the worker waits for a message in a blocking call, or polls busily. */
    boolean awaitWaiting(Thread worker) throws InterruptedException {
        while (!waiting.await(10, TimeUnit.MILLISECONDS)) {
            if (!worker.isAlive()) {
                return false; // it returned instead of waiting
            }
        }
        return true;
    }

    /** Call just before interrupting the worker. */
    void interruptSent() {
        interruptSent.set(true);
    }

    boolean swallowedTheInterrupt() {
        return swallowed.get();
    }

    boolean loopedAfterTheInterrupt() {
        return looping.get();
    }

    boolean pollsBusily() {
        return busy.get();
    }
}
