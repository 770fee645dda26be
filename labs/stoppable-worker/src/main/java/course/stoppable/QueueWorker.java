package course.stoppable;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The stoppable-worker lab (your code): handles messages from a queue until told to stop, by a message or an
 * interrupt.
 */
public final class QueueWorker implements Runnable {

    /** The message that ends the work. It is not handled. */
    public static final String STOP = "STOP";

    private final BlockingQueue<String> inbox;
    private final Consumer<String> handler;

    public QueueWorker(BlockingQueue<String> inbox, Consumer<String> handler) {
        this.inbox = Objects.requireNonNull(inbox);
        this.handler = Objects.requireNonNull(handler);
    }

    // tag::run[]
    /**
     * TODO Lab: take messages from the inbox, one at a time, and give each to the handler, until:
     *   - the message equals STOP (do not handle it): return; an empty inbox is no reason to stop, wait;
     *   - or the thread is interrupted (take() throws InterruptedException): set the interrupt flag again
     *     with Thread.currentThread().interrupt() and return, without taking another message.
     */
    @Override
    public void run() {
    }
    // end::run[]

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        Thread worker = Thread.ofPlatform().name("worker").start(
                new QueueWorker(inbox, message -> System.out.println("handled " + message)));
        inbox.put("hello");
        inbox.put("world");
        inbox.put(STOP);
        worker.join();
        System.out.println("the worker stopped at STOP");
    }
}
