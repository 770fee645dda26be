package course.stoppable;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/** The stoppable-worker lab, reference solution: handles messages until told to stop, by a message or an interrupt. */
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
    @Override
    public void run() {
        try {
            while (true) {
                String message = inbox.take();
                if (STOP.equals(message)) {
                    return;
                }
                handler.accept(message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop, and let the owner of this thread see why
        }
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
