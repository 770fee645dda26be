package course.waiting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Helpers for the tests: start a thread that may throw, and wait until a thread is waiting, or has started to
 * wait once more. They poll the thread's state and the JVM's count of its waits; they never sleep a guess.
 */
final class Threads {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private Threads() {
    }

    interface Action {
        void run() throws Exception;
    }

    /** A started daemon thread (a test that fails must not keep the JVM alive) and what its action threw. */
    record Started(Thread thread, AtomicReference<Throwable> failure) {

        /** Joins the thread and throws what its action threw, so that no failure is lost after the join. */
        void joinAndRethrow() throws InterruptedException {
            thread.join();
            if (failure.get() != null) {
                throw new AssertionError(thread.getName() + " failed: " + failure.get(), failure.get());
            }
        }
    }

    /** Starts a daemon thread that runs the action; an interrupt ends it quietly. */
    static Thread start(Action action) {
        return run(action).thread();
    }

    /** Starts a daemon thread that runs the action, and keeps what it throws (an InterruptedException too). */
    static Started run(Action action) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().daemon().start(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        return new Started(thread, failure);
    }

    /** Returns once the thread waits (in wait, await, join or park); fails if it ended instead. */
    static void awaitWaiting(Thread thread) throws InterruptedException {
        awaitUntil(() -> !thread.isAlive() || thread.getState() == Thread.State.WAITING);
        if (!thread.isAlive()) {
            throw new AssertionError(thread.getName() + " ended instead of waiting");
        }
    }

    /**
     * How many times the thread has started to wait (Object.wait, and also LockSupport.park, which Condition.await
     * uses): the "waited count" of ThreadMXBean. -1 once the thread has ended (ThreadMXBean may forget a thread
     * a moment before its isAlive() turns false: so "waited again" is never concluded from an ending thread).
     */
    static long waits(Thread thread) {
        ThreadInfo info = MX.getThreadInfo(thread.threadId());
        return info == null ? -1 : info.getWaitedCount();
    }

    /**
     * Returns once the thread has ended, or has started to wait more than `before` times: it was woken, looked,
     * and chose to wait again. Which one happened, the caller asks thread.isAlive().
     */
    static void awaitEndedOrWaitsAgain(Thread thread, long before) throws InterruptedException {
        awaitUntil(() -> !thread.isAlive() || waits(thread) > before);
    }

    /**
     * Returns once the thread waits to get a monitor back after a notification (BLOCKED: "waiting for a monitor
     * lock to enter a synchronized block/method or reenter a synchronized block/method after calling
     * Object.wait", the Javadoc of Thread.State), or has ended. Returns false if the thread still waits in the
     * wait set (WAITING) after the other thread was woken and `grace` more polls: nobody woke it. HotSpot
     * marks a notified thread BLOCKED inside the notifying call, so on HotSpot the first poll decides.
     */
    static boolean awaitWoken(Thread thread) throws InterruptedException {
        for (int poll = 0; poll < 2_000; poll++) { // 2,000 polls of about 100 µs (parkNanos may return early)
            if (!thread.isAlive() || thread.getState() == Thread.State.BLOCKED) {
                return true;
            }
            pause();
        }
        return false;
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            pause();
        }
    }

    private static void pause() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // polls the state; it decides nothing
    }
}
