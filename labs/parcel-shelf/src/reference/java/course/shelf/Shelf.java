package course.shelf;

import java.util.ArrayDeque;
import java.util.Objects;

/** The parcel shelf, reference solution: couriers wait while it is full, recipients wait while it is empty. */
public final class Shelf<T> {

    private final ArrayDeque<T> parcels = new ArrayDeque<>(); // guarded by this shelf's monitor
    private final int capacity;

    public Shelf(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a shelf needs room for at least one parcel, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Leaves a parcel on the shelf, waiting while the shelf is full. */
    public synchronized void put(T parcel) throws InterruptedException {
        Objects.requireNonNull(parcel, "parcel");
        while (parcels.size() == capacity) {
            wait();
        }
        parcels.addLast(parcel);
        notifyAll(); // couriers and recipients share one wait set: wake them all, each checks again
    }

    /** Takes the parcel that has been on the shelf longest, waiting while the shelf is empty. */
    public synchronized T take() throws InterruptedException {
        while (parcels.isEmpty()) {
            wait();
        }
        T parcel = parcels.removeFirst();
        notifyAll();
        return parcel;
    }

    /** How many parcels are on the shelf now. */
    public synchronized int size() {
        return parcels.size();
    }

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
