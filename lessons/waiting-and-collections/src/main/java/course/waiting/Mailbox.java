package course.waiting;

import java.util.Objects;

/** A mailbox with room for one letter: put waits while it is full, take waits while it is empty. */
public final class Mailbox<T> {

    // tag::mailbox[]
    private T letter; // null: the box is empty. Guarded by this object's monitor.

    public synchronized void put(T newLetter) throws InterruptedException {
        Objects.requireNonNull(newLetter, "letter");
        while (letter != null) { // a loop, not an if: check again after every wake-up
            wait();              // lets go of the monitor while waiting, takes it back before returning
        }
        letter = newLetter;
        notifyAll();             // wake every waiting thread: each checks its own condition again
    }

    public synchronized T take() throws InterruptedException {
        while (letter == null) {
            wait();
        }
        T taken = letter;
        letter = null;
        notifyAll();
        return taken;
    }
    // end::mailbox[]
}
