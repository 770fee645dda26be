package course.coordination;

import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/** Handles messages from a queue until it is interrupted, and then stops the way callers expect. */
public final class PoliteWorker implements Runnable {

    private final BlockingQueue<String> inbox;
    private final Consumer<String> handler;

    public PoliteWorker(BlockingQueue<String> inbox, Consumer<String> handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    // tag::interrupt[]
    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) { // checked between messages
                handler.accept(inbox.take());                  // take() throws at once if interrupted
            }
        } catch (InterruptedException e) {
            // The exception cleared the interrupt flag: set it again, so that whoever runs this
            // code (a pool, a caller further up) still sees that the thread was asked to stop.
            Thread.currentThread().interrupt();
        }
    }
    // end::interrupt[]
}
