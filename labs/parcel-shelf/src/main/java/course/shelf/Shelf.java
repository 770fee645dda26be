package course.shelf;

import java.util.ArrayDeque;

/** The parcel shelf (your code): couriers wait while it is full, recipients wait while it is empty. */
public final class Shelf<T> {

    private final ArrayDeque<T> parcels = new ArrayDeque<>(); // guarded by this shelf's monitor
    private final int capacity;

    public Shelf(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a shelf needs room for at least one parcel, not " + capacity);
        }
        this.capacity = capacity;
    }

    // tag::todo[]
    /**
     * Leaves a parcel on the shelf, waiting while the shelf is full.
     *
     * TODO Lab:
     *   1. Refuse a null parcel with a NullPointerException.
     *   2. Hold this shelf's monitor (make the method synchronized).
     *   3. While the shelf is full, wait(). Let an InterruptedException go to the caller.
     *   4. Add the parcel at the end, then wake every waiting thread with notifyAll().
     */
    public void put(T parcel) throws InterruptedException {
        throw new UnsupportedOperationException("put is not written yet: follow the TODO Lab steps in Shelf.java");
    }

    /**
     * Takes the parcel that has been on the shelf longest, waiting while the shelf is empty.
     *
     * TODO Lab: the mirror image of put: hold the monitor, wait while empty, remove the first parcel,
     * notifyAll(), return the parcel.
     */
    public T take() throws InterruptedException {
        throw new UnsupportedOperationException("take is not written yet: follow the TODO Lab steps in Shelf.java");
    }

    /** TODO Lab: how many parcels are on the shelf now (read it holding the monitor too). */
    public int size() {
        return 0;
    }
    // end::todo[]

    public int capacity() {
        return capacity;
    }

    public static void main(String[] args) throws InterruptedException {
        Shelf<String> shelf = new Shelf<>(2);
        Thread courier = Thread.ofPlatform().name("courier").start(() -> {
            try {
                for (int i = 1; i <= 5; i++) {
                    shelf.put("parcel " + i); // waits whenever two parcels are already on the shelf
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 1; i <= 5; i++) {
            System.out.println("took " + shelf.take());
        }
        courier.join();
    }
}
