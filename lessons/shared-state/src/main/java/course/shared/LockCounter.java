package course.shared;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.util.concurrent.locks.ReentrantLock;

/** The same mutual exclusion with an explicit lock, which can also be tried, timed and interrupted. */
public final class LockCounter implements Counter {

    private final ReentrantLock lock = new ReentrantLock();
    @GuardedBy("lock")
    private long count;

    // tag::lock[]
    @Override
    public void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock(); // always in finally: an exception must not leave the lock held forever
        }
    }
    // end::lock[]

    @Override
    public long get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
