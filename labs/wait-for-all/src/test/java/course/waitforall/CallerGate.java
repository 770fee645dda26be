package course.waitforall;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forces the interleavings that the tests need, by watching the thread that called runAll (the caller),
 * never by timing. Create it on the test's thread, just before calling runAll.
 *
 * <p>{@link #holdUntilTheCallerWaitsForMe()} lets a sleeper finish only while the caller is blocked waiting
 * for that very sleeper ({@code join()} waits on the thread object), or, when the caller waits on something
 * else (a latch, an executor), while it waits at all. So code that returns before it has waited for every
 * sleeper always returns while a sleeper is still held: the test fails every run, by construction.
 *
 * <p>{@link #threadsStarted()} counts the threads started since the gate was made and still alive, so that
 * a test can tell "the caller waits before it has started everyone" the moment it happens. Platform threads
 * are listed by {@code Thread.getAllStackTraces()}; virtual threads are not, so they are counted from a thread
 * dump ({@code HotSpotDiagnosticMXBean.dumpThreads}, which lists every thread the JDK tracks, virtual ones too).
 *
 * <p>A sleeper that finds itself on the caller's own thread ({@code run()} called instead of {@code start()})
 * fails at once, so that such code fails instead of waiting forever for itself.
 */
final class CallerGate {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final HotSpotDiagnosticMXBean DIAGNOSTICS =
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private static final Pattern VIRTUAL_THREAD = Pattern.compile("\"tid\": \"(\\d+)\",[^}]*?\"virtual\": true");
    /** A caller that only ever waits with a time limit is let through after this long, so polling works. */
    private static final long TIMED_WAIT_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Thread caller = Thread.currentThread();
    private final Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    private final Set<Long> virtualBefore = virtualThreadIds();
    private volatile boolean callerReturned;

    /** Called by each sleeper: returns once the caller waits for it (see above), or has returned. */
    void holdUntilTheCallerWaitsForMe() {
        hold(false);
    }

    /**
     * Like {@link #holdUntilTheCallerWaitsForMe()}, but a caller that waits with a time limit (join(millis),
     * await(timeout)) is let through only after a second: a nap "overslept", and a caller that gives up on
     * it returns while the sleeper is still held.
     */
    void holdUntilTheCallerWaitsForMeWithoutATimeLimit() {
        hold(true);
    }

    private void hold(boolean oversleep) {
        Thread me = Thread.currentThread();
        failOnTheCallersThread();
        long heldSince = System.nanoTime();
        while (!callerReturned) {
            Thread.State state = caller.getState();
            boolean timed = state == Thread.State.TIMED_WAITING;
            if ((state == Thread.State.WAITING || timed) && !waitsForAnotherThread(me)
                    && (!timed || !oversleep || System.nanoTime() - heldSince > TIMED_WAIT_GRACE_NANOS)) {
                return; // (after the grace, polling with join(millis) in a loop is slow, but correct)
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // polls a condition; no timing is assumed
        }
    }

    /** True while the caller is blocked waiting (with or without a time limit). */
    boolean callerWaits() {
        Thread.State state = caller.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /**
     * Throws when the sleeper runs on the thread that called runAll: it could wait only for itself. (The
     * message is what the student reads.)
     */
    void failOnTheCallersThread() {
        if (Thread.currentThread() == caller) {
            throw new AssertionError("a sleeper ran on the thread that called runAll, so no thread of its own"
                    + " was ever started.%nHint: thread.start() runs the sleeper on a new thread; thread.run() is an"
                    + " ordinary method call on yours.".formatted());
        }
    }

    /**
     * The threads started since this gate was made that are still alive: the platform threads, or, when
     * there are too few of them, the virtual threads (a virtual thread's scheduler starts platform threads
     * of its own, which are counted only when no virtual thread is).
     */
    int threadsStarted(int atLeast) {
        int platform = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && thread != caller) {
                platform++;
            }
        }
        if (platform >= atLeast) {
            return platform;
        }
        Set<Long> virtual = virtualThreadIds();
        virtual.removeAll(virtualBefore);
        return virtual.isEmpty() ? platform : virtual.size();
    }

    /** The ids of the virtual threads alive now, from a JSON thread dump. */
    private static Set<Long> virtualThreadIds() {
        try {
            Path folder = Files.createTempDirectory("threads");
            Path dump = folder.resolve("dump.json");
            try {
                DIAGNOSTICS.dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                Set<Long> ids = new HashSet<>();
                Matcher virtual = VIRTUAL_THREAD.matcher(Files.readString(dump));
                while (virtual.find()) {
                    ids.add(Long.parseLong(virtual.group(1)));
                }
                return ids;
            } finally {
                Files.deleteIfExists(dump);
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called by the test once runAll has returned, so that held sleepers can finish. */
    void callerReturned() {
        callerReturned = true;
    }

    /** True when the caller waits on the monitor of a thread other than me: join() on another sleeper. */
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
