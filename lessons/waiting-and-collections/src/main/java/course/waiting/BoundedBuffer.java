package course.waiting;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A queue of at most capacity items, with two conditions of one lock: not full, and not empty. */
public final class BoundedBuffer<T> {

    // tag::fields[]
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();  // producers wait here
    private final Condition notEmpty = lock.newCondition(); // consumers wait here
    private final ArrayDeque<T> items = new ArrayDeque<>(); // guarded by lock
    private final int capacity;
    // end::fields[]

    public BoundedBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    // tag::put-take[]
    public void put(T item) throws InterruptedException {
        Objects.requireNonNull(item, "item");
        lock.lock();
        try {
            while (items.size() == capacity) {
                notFull.await();  // releases the lock while waiting, holds it again on return
            }
            items.addLast(item);
            notEmpty.signal();    // one item more: one consumer can go on
        } finally {
            lock.unlock();
        }
    }

    public T take() throws InterruptedException {
        lock.lock();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            T item = items.removeFirst();
            notFull.signal();     // one place more: one producer can go on
            return item;
        } finally {
            lock.unlock();
        }
    }
    // end::put-take[]

    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }
}
