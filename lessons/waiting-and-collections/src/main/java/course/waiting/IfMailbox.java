package course.waiting;

import java.util.Objects;

/** The mailbox written with if instead of while: WRONG, a thread that wakes up does not check again. */
public final class IfMailbox<T> {

    private T letter;

    public synchronized void put(T newLetter) throws InterruptedException {
        Objects.requireNonNull(newLetter, "letter");
        if (letter != null) {
            wait();
        }
        letter = newLetter;
        notifyAll();
    }

    // tag::if[]
    public synchronized T take() throws InterruptedException {
        if (letter == null) { // WRONG: checked once, before waiting
            wait();           // woken up: by notifyAll, by a spurious wake-up, ...
        }
        T taken = letter;     // ... and the letter may be gone again: taken is null
        letter = null;
        notifyAll();
        return taken;
    }
    // end::if[]
}
