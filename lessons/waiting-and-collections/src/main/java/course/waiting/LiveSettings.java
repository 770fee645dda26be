package course.waiting;

import java.util.Objects;

/** The settings in force now: one thread replaces them, any thread reads them. */
public final class LiveSettings {

    // tag::publish[]
    private volatile Settings current; // volatile: a reader sees the latest replacement

    public LiveSettings(Settings initial) {
        current = Objects.requireNonNull(initial);
    }

    public Settings current() {
        return current;
    }

    public void replace(Settings newer) {
        current = Objects.requireNonNull(newer); // a new immutable object, never a change to the old one
    }
    // end::publish[]
}
