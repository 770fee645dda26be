package course.gil;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A model of CPython's global interpreter lock: a thread must hold it to compute, and the holder
 * hands it over once it has held it for a switch interval while another thread is waiting
 * (CPython's default interval is 5 ms, see sys.getswitchinterval()). Waiting (sleep, blocking I/O)
 * happens without the lock, as it does in CPython.
 */
public final class GlobalInterpreterLock {

    // Fair: when the holder lets go, the thread that has waited longest gets the lock next.
    private final ReentrantLock lock = new ReentrantLock(true);
    private final long switchIntervalNanos;
    private long heldSince; // read and written only by the thread that holds the lock
    private LockHeld held;  // the same: tells JDK Flight Recorder, if it records, when the lock was held

    public GlobalInterpreterLock(Duration switchInterval) {
        this.switchIntervalNanos = switchInterval.toNanos();
    }

    // tag::gil[]
    void acquire() {
        lock.lock();
        heldSince = System.nanoTime();
        held = new LockHeld();
        held.begin();
    }

    void release() {
        held.commit();
        lock.unlock();
    }

    /** Called by the holder between two small pieces of work. */
    void handOverIfDue() {
        if (System.nanoTime() - heldSince >= switchIntervalNanos && lock.hasQueuedThreads()) {
            release(); // a waiting thread takes over ...
            acquire(); // ... and this one queues up behind it
        }
    }

    /** Blocking calls let go of the lock while they wait, so waiting overlaps even with a GIL. */
    void waitWithoutLock(Blocking call) throws InterruptedException {
        release();
        try {
            call.run(); // a sleep in the demo; a barrier in the test
        } finally {
            acquire();
        }
    }
    // end::gil[]

    /** For tests: whether the calling thread holds the lock now. */
    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Something that waits: sleeping, reading a socket. */
    @FunctionalInterface
    interface Blocking {
        void run() throws InterruptedException;
    }
}
