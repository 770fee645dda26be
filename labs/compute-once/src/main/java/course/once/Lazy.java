package course.once;

import java.util.Objects;
import java.util.function.Supplier;

/** The compute-once lab (your code): a value computed on first use, once, however many threads ask at once. */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> computation;

    // tag::get[]
    public Lazy(Supplier<? extends T> computation) {
        this.computation = Objects.requireNonNull(computation);
    }

    /**
     * Computes the value on the first call; every call, from any thread, returns that same value.
     *
     * TODO Lab:
     *   1. Keep the computed value in a field. On the first call, call computation.get() and store it.
     *   2. Make sure the computation runs only once, even when two threads call get() at the same moment.
     *   3. A computation that throws stores nothing: the next get() tries again.
     *   4. A computation that returns null is a mistake: throw a NullPointerException that says so.
     *   5. If you lock, lock a private object, not this: any caller can take the monitor of this.
     */
    @Override
    public T get() {
        throw new UnsupportedOperationException("get is not written yet: follow the TODO steps in Lazy.java");
    }
    // end::get[]

    /** TODO Lab: true once a value has been computed. */
    public boolean isComputed() {
        return false;
    }

    public static void main(String[] args) throws InterruptedException {
        Lazy<String> greeting = new Lazy<>(() -> {
            System.out.println("computing, on " + Thread.currentThread().getName());
            return "hello";
        });
        Thread first = Thread.ofPlatform().name("first").start(() -> System.out.println("first got " + greeting.get()));
        Thread second = Thread.ofPlatform().name("second").start(() -> System.out.println("second got " + greeting.get()));
        first.join();
        second.join();
    }
}
