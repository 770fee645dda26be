package course.shared;

/** The same count++, one thread at a time: every method that touches count holds this object's monitor. */
public final class SynchronizedCounter implements Counter {

    // tag::synchronized[]
    private long count; // guarded by this

    @Override
    public synchronized void increment() {
        count++;
    }

    @Override
    public synchronized long get() { // reading needs the lock too, or the reader may see an old value
        return count;
    }
    // end::synchronized[]
}
