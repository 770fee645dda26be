package course.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Delivers messages in the background: send() returns at once, the message arrives a little later. A delivery
 * that fails is not lost: close() throws it, after every delivery has ended.
 */
public final class Notifier implements AutoCloseable {

    /** Where a message goes: a mailbox, a socket; in a test, one that may fail. */
    @FunctionalInterface
    public interface Recipient {
        void receive(String message) throws Exception;
    }

    /** Thrown by close() when deliveries failed: the first failure is the cause, the others are suppressed. */
    public static final class DeliveryFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeliveryFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ExecutorService deliveries = Executors.newSingleThreadExecutor();
    private final Recipient recipient;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final Queue<Exception> failures = new ConcurrentLinkedQueue<>();

    /** Delivers to no one but the list that delivered() shows. */
    public Notifier() {
        this(message -> { });
    }

    public Notifier(Recipient recipient) {
        this.recipient = Objects.requireNonNull(recipient);
    }

    /** What has arrived so far: safe to read from any thread while deliveries go on. */
    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    // tag::send-and-close[]
    public void send(String message) {
        String text = message.strip(); // a null message fails here, in the caller, not later in the background
        deliveries.execute(() -> {     // execute, not submit: no Future that nobody would ever look at
            try {
                recipient.receive(text);
                delivered.add(text);
            } catch (Exception failure) {
                failures.add(failure); // kept for close(), which throws it
            }
        });
    }

    /** Waits for every delivery sent so far, then throws if any of them failed. */
    @Override
    public void close() {
        deliveries.close();
        List<Exception> failed = new ArrayList<>();
        for (Exception failure; (failure = failures.poll()) != null; ) {
            failed.add(failure);
        }
        if (!failed.isEmpty()) {
            DeliveryFailedException thrown =
                    new DeliveryFailedException("failed deliveries: " + failed.size(), failed.getFirst());
            failed.subList(1, failed.size()).forEach(thrown::addSuppressed);
            throw thrown;
        }
    }
    // end::send-and-close[]
}
