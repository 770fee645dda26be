package course.waiting;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;

/**
 * A seam for the tally tests: a ConcurrentHashMap whose get, once armed, holds each caller after its read until
 * two threads have read. Code that reads with get and then writes with put loses an update every run; merge and
 * compute never call get, so nothing holds them.
 */
final class MeetingMap extends ConcurrentHashMap<String, Long> {

    private volatile CyclicBarrier bothHaveRead; // null: get is the plain get

    void arm() {
        bothHaveRead = new CyclicBarrier(2);
    }

    void disarm() {
        bothHaveRead = null;
    }

    @Override
    public Long get(Object key) {
        Long value = super.get(key);
        CyclicBarrier barrier = bothHaveRead;
        if (barrier != null) {
            try {
                barrier.await(); // neither goes on to its put before the other has read
            } catch (InterruptedException | BrokenBarrierException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopped while waiting for the other thread's get", e);
            }
        }
        return value;
    }
}
