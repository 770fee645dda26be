package course.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Delivers messages in the background: send() returns at once, the message arrives a little later. */
public final class Notifier implements AutoCloseable {

    private final ExecutorService deliveries = Executors.newSingleThreadExecutor();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    public void send(String message) {
        deliveries.submit(() -> delivered.add(message.strip()));
    }

    /** What has arrived so far: safe to read from any thread while deliveries go on. */
    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public void close() {
        deliveries.close();
    }
}
