package course.once;

import java.util.Objects;
import java.util.function.Supplier;

/** The compute-once lab, reference solution: a value computed on first use, once, however many threads ask at once. */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> computation;
    private final Object lock = new Object(); // private: no caller can take it and block every get()

    // tag::get[]
    private volatile T value; // volatile: a thread that sees it set also sees the object fully built

    public Lazy(Supplier<? extends T> computation) {
        this.computation = Objects.requireNonNull(computation);
    }

    /** Computes the value on the first call; every call, from any thread, returns that same value. */
    @Override
    public T get() {
        T result = value;
        if (result == null) { // fast path without the lock once computed
            synchronized (lock) {
                result = value; // check again: another thread may have computed it while we waited
                if (result == null) {
                    // The computation runs under the lock: that is what makes the others wait for it (exactly
                    // once), and also why it must be short and must not call get() of this Lazy.
                    result = Objects.requireNonNull(computation.get(), "the computation returned null");
                    value = result;
                }
            }
        }
        return result;
    }
    // end::get[]

    public boolean isComputed() {
        return value != null;
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
