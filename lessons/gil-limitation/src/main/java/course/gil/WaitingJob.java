package course.gil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Threads that wait instead of compute: they overlap with or without a global lock. */
public final class WaitingJob {

    private WaitingJob() {
    }

    // tag::wait[]
    public static Duration run(int threads, Duration wait, GlobalInterpreterLock gil) throws InterruptedException {
        return run(threads, () -> Thread.sleep(wait), gil);
    }

    /** Each thread makes one blocking call; with a global lock, it holds the lock except while it waits. */
    static Duration run(int threads, GlobalInterpreterLock.Blocking wait, GlobalInterpreterLock gil)
            throws InterruptedException {
        long start = System.nanoTime();
        List<Thread> waiters = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            waiters.add(Thread.ofPlatform().name("waiter-" + k).start(() -> {
                try {
                    if (gil == null) {
                        wait.run();
                    } else {
                        gil.acquire();
                        try {
                            gil.waitWithoutLock(wait); // like time.sleep() or a socket read in CPython
                        } finally {
                            gil.release();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread waiter : waiters) {
            waiter.join();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
    // end::wait[]
}
