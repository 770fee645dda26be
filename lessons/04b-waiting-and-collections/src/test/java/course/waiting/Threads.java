package course.waiting;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Helpers for the tests: start a thread that may throw, and wait until a thread is parked or waiting. */
final class Threads {

    private Threads() {
    }

    interface Action {
        void run() throws Exception;
    }

    /** Starts a daemon thread (a test that fails must not keep the JVM alive) that runs the action. */
    static Thread start(Action action) {
        return Thread.ofPlatform().daemon().start(() -> {
            try {
                action.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Returns once the thread waits (in wait, await, join or park); polls its state, it does not sleep a guess. */
    static void awaitWaiting(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING) {
            if (!thread.isAlive()) {
                throw new AssertionError(thread.getName() + " ended instead of waiting");
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
        }
    }
}
