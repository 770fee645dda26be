package course.shared;

/** A reader thread spins until another thread sets a flag: with volatile, it is guaranteed to see it. */
public final class StopFlag {

    // tag::volatile[]
    private volatile boolean stopped;

    public void stop() {
        stopped = true; // a volatile write happens-before every later read of the same field
    }

    /** Spins until stopped, and returns how many times it looked. */
    public long spinUntilStopped() {
        long looks = 0;
        while (!stopped) {
            looks++;
        }
        return looks;
    }
    // end::volatile[]
}
