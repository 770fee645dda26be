package course.shared;

import com.google.errorprone.annotations.concurrent.GuardedBy;

/** The same count++, one thread at a time: every method that touches count holds the same private lock. */
public final class SynchronizedCounter implements Counter {

    // tag::synchronized[]
    private final Object lock = new Object(); // private: no caller can take it and block the counter

    @GuardedBy("lock") // documents the rule, and Error Prone's check fails the build if an access breaks it
    private long count;

    @Override
    public void increment() {
        synchronized (lock) {
            count++;
        }
    }

    @Override
    public long get() {
        synchronized (lock) { // reading needs the lock too, or the reader may see an old value
            return count;
        }
    }
    // end::synchronized[]
}
