package course.results;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds the workers until the thread that called runAll is blocked waiting for them (in join, for
 * example). Code that reads a result before it waits therefore always reads it too early: the test
 * fails every run, by construction, not by luck.
 */
final class CallerGate {

    private final Thread caller = Thread.currentThread();
    private volatile boolean callerReturned;

    /** Called by each worker: returns once the caller waits for the workers, or has given up on them. */
    void holdUntilTheCallerWaits() {
        while (!callerReturned) {
            Thread.State state = caller.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // polls a condition; no timing is assumed
        }
    }

    /** Called by the test once runAll has returned, so that held workers can finish. */
    void callerReturned() {
        callerReturned = true;
    }
}
