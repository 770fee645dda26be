package course.shelf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A thread that calls the shelf (a courier or a recipient), and what the tests can see of it: whether it
 * is waiting, how many times it has started to wait, and what its call returned or threw.
 *
 * The JVM counts every call of Object.wait() a thread makes (ThreadMXBean's "waited count"). A count of two
 * proves that the thread was woken, took the monitor back, checked the shelf, and chose to wait again: the
 * tests use it to know when they may go on, instead of sleeping and hoping.
 */
final class Caller<T> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Thread thread;
    private final CountDownLatch counted = new CountDownLatch(1);
    private volatile long waitsBefore;
    private volatile T result;
    private volatile Throwable failure;

    private Caller(String name, Callable<T> call) {
        thread = Thread.ofPlatform().name(name).daemon().unstarted(() -> {
            waitsBefore = waitedCount(Thread.currentThread());
            counted.countDown();
            try {
                result = call.call();
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    static <T> Caller<T> start(String name, Callable<T> call) throws InterruptedException {
        Caller<T> caller = new Caller<>(name, call);
        caller.thread.start();
        caller.counted.await();
        return caller;
    }

    static Caller<Void> startPut(String name, Shelf<String> shelf, String parcel) throws InterruptedException {
        return start(name, () -> {
            shelf.put(parcel);
            return null;
        });
    }

    /** Returns once this caller waits inside the shelf; fails at once if its call ended instead. */
    void awaitWaiting() throws InterruptedException {
        awaitUntil(() -> ended() || sleepsHoldingTheShelf()
                || (waits() >= 1 && thread.getState() == Thread.State.WAITING));
        if (!ended() && sleepsHoldingTheShelf()) {
            throw new AssertionError(thread.getName() + " sleeps while it holds the shelf's monitor, so no other"
                    + " thread can ever get in to change the shelf.%nHint: wait() lets go of the monitor while it"
                    + " waits; Thread.sleep() keeps it.".formatted());
        }
        if (ended()) {
            throw new AssertionError(thread.getName() + " was expected to wait, but its call ended: "
                    + describeEnd() + "%nHint: wait() inside a while loop, holding the shelf's monitor.".formatted());
        }
    }

    /**
     * Returns once this caller waits to get the shelf's monitor back after it was woken: the state BLOCKED is
     * "waiting for a monitor lock to ... reenter a synchronized block/method after calling Object.wait"
     * (the Javadoc of Thread.State). Call it while holding the shelf's monitor.
     */
    void awaitBlocked() throws InterruptedException {
        awaitUntil(() -> ended() || thread.getState() == Thread.State.BLOCKED);
    }

    /** Returns once this caller has ended, or has waited at least the given number of times in all. */
    void awaitEndedOrWaits(int times) throws InterruptedException {
        awaitUntil(() -> ended() || waits() >= times);
    }

    boolean ended() {
        return !thread.isAlive(); // isAlive() false: everything the thread did is visible here (JLS 17.4.5)
    }

    long waits() {
        return waitedCount(thread) - waitsBefore;
    }

    void interrupt() {
        thread.interrupt();
    }

    void join() throws InterruptedException {
        thread.join();
    }

    T result() {
        return result;
    }

    Throwable failure() {
        return failure;
    }

    String name() {
        return thread.getName();
    }

    String describeEnd() {
        return failure == null ? "it returned " + result : "it threw " + failure;
    }

    /**
     * Sleeping (TIMED_WAITING) while holding the shelf's monitor, in one snapshot of the thread: a thread in
     * wait(timeout) is TIMED_WAITING too, but wait lets go of the monitor, so it is not counted.
     */
    private boolean sleepsHoldingTheShelf() {
        ThreadInfo[] infos = THREADS.getThreadInfo(new long[] {thread.threadId()}, true, false);
        return infos[0] != null && infos[0].getThreadState() == Thread.State.TIMED_WAITING
                && Arrays.stream(infos[0].getLockedMonitors())
                        .anyMatch(monitor -> monitor.getClassName().equals(Shelf.class.getName()));
    }

    private static long waitedCount(Thread thread) {
        ThreadInfo info = THREADS.getThreadInfo(thread.threadId());
        return info == null ? Long.MAX_VALUE / 2 : info.getWaitedCount(); // null: the thread has ended
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // polls the state; it decides nothing
        }
    }
}
