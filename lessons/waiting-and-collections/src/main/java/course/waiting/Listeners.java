package course.waiting;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Listeners that any thread may add or remove while another thread tells them about an event. */
public final class Listeners {

    // tag::listeners[]
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void add(Consumer<String> listener) {
        listeners.add(listener);    // copies the array: fine, listeners change rarely
    }

    public void remove(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** Tells every listener; the loop walks a snapshot, so no lock and no ConcurrentModificationException. */
    public void publish(String event) {
        for (Consumer<String> listener : listeners) {
            listener.accept(event); // a listener may even remove itself here
        }
    }
    // end::listeners[]

    public int size() {
        return listeners.size();
    }
}
