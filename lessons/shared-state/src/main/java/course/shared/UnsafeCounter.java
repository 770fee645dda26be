package course.shared;

/** A plain field incremented from several threads: it loses updates. */
public final class UnsafeCounter implements Counter {

    private long count;
    private final Runnable betweenReadAndWrite; // a seam: a test pauses here to force the bad interleaving

    public UnsafeCounter() {
        this(() -> { });
    }

    UnsafeCounter(Runnable betweenReadAndWrite) {
        this.betweenReadAndWrite = betweenReadAndWrite;
    }

    // tag::increment[]
    @Override
    public void increment() {
        long value = count;        // count++ is three steps: read the field,
        betweenReadAndWrite.run();
        count = value + 1;         // add one, and write it back. Another thread may have written in between.
    }
    // end::increment[]

    @Override
    public long get() {
        return count;
    }
}
