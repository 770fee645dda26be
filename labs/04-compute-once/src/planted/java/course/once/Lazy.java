package course.once;

import java.util.Objects;
import java.util.function.Supplier;

/** Lab 4, planted wrong solution: a value computed on first use, once, however many threads ask at once. */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> computation;

    private T value;

    public Lazy(Supplier<? extends T> computation) {
        this.computation = Objects.requireNonNull(computation);
    }

    /**
     * PLANTED WRONG SOLUTION, kept so that the build can prove the tests catch it: check-then-act without a
     * lock, so two threads that ask at once both compute.
     */
    @Override
    public T get() {
        if (value == null) {
            value = Objects.requireNonNull(computation.get(), "the computation returned null");
        }
        return value;
    }

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
