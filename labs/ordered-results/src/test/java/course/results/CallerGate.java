package course.results;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Forces the interleavings that the tests need, by watching the thread that called runAll (the caller),
 * never by timing. Create it on the test's thread, just before calling runAll; every job calls
 * {@link #arrive()} first.
 *
 * <p>{@link #holdUntilTheCallerWaitsForMe()} lets a worker finish only while the caller is blocked waiting
 * for that very worker ({@code join()} waits on the thread object), or, when the caller waits on something
 * else (a latch, a future), while it waits at all. Code that reads results before it has waited for every
 * worker therefore always reads too early: the test fails every run, by construction, not by luck.
 *
 * <p>{@link #awaitUnlessStuck} waits for another worker, but gives up at once when that worker can never
 * come: when the job runs on the caller's own thread, or when the caller waits before it has started
 * every worker.
 */
final class CallerGate {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Thread caller = Thread.currentThread();
    private final Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    private final Set<Thread> arrived = ConcurrentHashMap.newKeySet();
    private volatile boolean callerReturned;

    /** Called by every job first: this thread has been started (it is counted even after it has ended). */
    void arrive() {
        arrived.add(Thread.currentThread());
    }

    /** True when the job runs on the thread that called runAll, not on a thread of its own. */
    boolean onTheCallersThread() {
        return Thread.currentThread() == caller;
    }

    /** Called by each worker: returns once the caller waits for it (see above), or has returned. */
    void holdUntilTheCallerWaitsForMe() {
        Thread me = Thread.currentThread();
        while (!callerReturned && me != caller) {
            if (callerWaits() && !waitsForAnotherThread(me)) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // polls a condition; no timing is assumed
        }
    }

    /**
     * Waits until the latch opens; returns false at once when it never can: the job runs on the caller's
     * thread, or the caller waits while fewer than `workers` threads have been started.
     */
    boolean awaitUnlessStuck(CountDownLatch latch, int workers) {
        while (latch.getCount() > 0) {
            if (onTheCallersThread() || callerReturned) {
                return false;
            }
            if (callerWaits() && threadsStarted() < workers && latch.getCount() > 0) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
        }
        return true;
    }

    /** True while the caller is blocked waiting (with or without a time limit). */
    boolean callerWaits() {
        Thread.State state = caller.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /** The threads started since this gate was made: those still alive, and those whose job arrived. */
    int threadsStarted() {
        Set<Thread> started = ConcurrentHashMap.newKeySet();
        started.addAll(arrived);
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && thread != caller) {
                started.add(thread);
            }
        }
        return started.size();
    }

    /** Called by the test once runAll has returned, so that held workers can finish. */
    void callerReturned() {
        callerReturned = true;
    }

    /** True when the caller waits on the monitor of a thread other than me: join() on another worker. */
    private boolean waitsForAnotherThread(Thread me) {
        ThreadInfo info = THREADS.getThreadInfo(caller.threadId());
        LockInfo lock = info == null ? null : info.getLockInfo();
        if (lock == null || lock.getIdentityHashCode() == System.identityHashCode(me)) {
            return false;
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (System.identityHashCode(thread) == lock.getIdentityHashCode() && thread.getClass().getName().equals(lock.getClassName())) {
                return true;
            }
        }
        return false; // a latch, a future, an executor: the caller waits for "everyone"
    }
}
