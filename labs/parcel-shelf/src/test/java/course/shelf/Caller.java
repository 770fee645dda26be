package course.shelf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Returns once every caller has ended without a failure. Fails at once when one of them failed (the others
     * may wait for ever for what it would have done), sleeps while it holds the shelf's monitor, or when all
     * that still run wait in the shelf's wait set, in two looks one after the other with no new wait between
     * them: then they all waited at one moment, and nobody is left to call notifyAll.
     */
    static void awaitAllEnded(List<? extends Caller<?>> callers) throws InterruptedException {
        Map<Caller<?>, Long> stillWaiting = null;
        while (true) {
            boolean all = true;
            for (Caller<?> caller : callers) {
                if (caller.ended()) {
                    if (caller.failure() != null) {
                        throw new AssertionError(caller.name() + ": " + caller.describeEnd(), caller.failure());
                    }
                } else if (caller.sleepsHoldingTheShelf()) {
                    throw new AssertionError(caller.name() + " sleeps while it holds the shelf's monitor, so no"
                            + " other thread can get in to change the shelf.%nHint: wait() lets go of the monitor"
                            + " while it waits; Thread.sleep() keeps it.".formatted());
                } else {
                    all = false;
                }
            }
            if (all) {
                return;
            }
            Map<Caller<?>, Long> waiting = allWaitInTheShelf(callers);
            if (waiting != null && waiting.equals(stillWaiting)) {
                throw new AssertionError("Every caller still running waits in the shelf's wait set, and none is"
                        + " left to wake the others: a wake-up was lost (" + waiting.size() + " waiting)."
                        + "%nHint: after every change of the shelf, wake the waiting threads with notifyAll(), in put and in"
                        + " take; not notify(): couriers and recipients share one wait set.".formatted());
            }
            stillWaiting = waiting;
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // polls the state; it decides nothing
        }
    }

    /**
     * Returns once both callers, woken by the test while it holds the shelf's monitor, wait to get it back
     * (BLOCKED). Fails when one of them is BLOCKED and the other still waits in the wait set: nobody else can
     * wake it while the test holds the monitor. (HotSpot marks a thread BLOCKED inside the notifier's
     * notifyAll() call; 200 ms more are allowed for a JVM that does it later.)
     */
    static void awaitBothWoken(Caller<?> one, Caller<?> other) throws InterruptedException {
        long firstWoken = 0;
        while (!(woken(one) && woken(other))) {
            if (woken(one) != woken(other)) {
                Caller<?> sleeper = woken(one) ? other : one;
                if (firstWoken == 0) {
                    firstWoken = System.nanoTime();
                } else if (System.nanoTime() - firstWoken > TimeUnit.MILLISECONDS.toNanos(200)
                        && sleeper.thread.getState() == Thread.State.WAITING) {
                    throw new AssertionError(sleeper.name() + " still waits in the shelf's wait set after a parcel"
                            + " was put for it: only one of the two waiting recipients was woken.%nHint: couriers"
                            + " and recipients share one wait set: notifyAll(), not notify().".formatted());
                }
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // polls the state; it decides nothing
        }
    }

    private static boolean woken(Caller<?> caller) {
        return caller.ended() || caller.thread.getState() == Thread.State.BLOCKED;
    }

    /** Each running caller's count of waits, if every one waits in the shelf's wait set now; else null. */
    private static Map<Caller<?>, Long> allWaitInTheShelf(List<? extends Caller<?>> callers) {
        Map<Caller<?>, Long> waits = new HashMap<>();
        for (Caller<?> caller : callers) {
            if (caller.ended()) {
                continue;
            }
            ThreadInfo info = THREADS.getThreadInfo(caller.thread.threadId());
            if (info == null || info.getThreadState() != Thread.State.WAITING || info.getLockInfo() == null
                    || !info.getLockInfo().getClassName().equals(Shelf.class.getName())) {
                return null;
            }
            waits.put(caller, info.getWaitedCount());
        }
        return waits.isEmpty() ? null : waits;
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
        // null: the thread has ended. Not a wait: ThreadMXBean forgets a thread a moment before isAlive() turns
        // false, and a huge count here would let awaitEndedOrWaits return while ended() still says false.
        return info == null ? Long.MIN_VALUE / 2 : info.getWaitedCount();
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
