package course.once;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LazyTest {

    @Test
    void computesOnTheFirstGetOnlyAndThenReturnsTheSameValue() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            calls.incrementAndGet();
            return new Object();
        });

        assertThat(calls.get()).withFailMessage("Expected no computation before the first get(), got %d."
                + "%nHint: compute in get(), not in the constructor.", calls.get()).isZero();
        assertThat(lazy.isComputed()).withFailMessage("Expected isComputed() to be false before the first get()").isFalse();
        Object first = lazy.get();
        Object second = lazy.get();

        assertThat(second).withFailMessage("Expected the second get() to return the very object the first returned."
                + "%nHint: store the value in a field the first time.").isSameAs(first);
        assertThat(calls.get()).withFailMessage("Expected one computation for two calls of get(), got %d", calls.get())
                .isEqualTo(1);
        assertThat(lazy.isComputed()).withFailMessage("Expected isComputed() to be true after get()").isTrue();
    }

    @Test
    void aSecondThreadWaitsForTheFirstComputationInsteadOfStartingItsOwn() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstIsComputing = new CountDownLatch(1);
        CountDownLatch finishComputing = new CountDownLatch(1);
        Lazy<Object> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() == 1) {
                firstIsComputing.countDown();
                awaitQuietly(finishComputing); // the first computation stays in progress until the test says
            }
            return new Object();
        });
        List<Object> results = new CopyOnWriteArrayList<>();

        Thread first = Thread.ofPlatform().start(() -> results.add(lazy.get()));
        firstIsComputing.await();
        Thread second = Thread.ofPlatform().start(() -> results.add(lazy.get()));
        // The second thread now either blocks, waiting for the first, or starts a second computation.
        while (calls.get() < 2 && !isBlocked(second)) {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
        }
        finishComputing.countDown();
        first.join();
        second.join();

        assertThat(calls.get()).withFailMessage("Expected one computation while a second thread asked during the"
                + " first, got %d.%nHint: \"if (value == null) value = compute()\" lets both threads pass the check"
                + " before either stores a value. Hold a lock (synchronized) around the check and the store.",
                calls.get()).isEqualTo(1);
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).withFailMessage("Expected both threads to get the same object").isSameAs(results.get(1));
    }

    @Test
    void manyThreadsAtOnceAllGetTheSameObject() throws InterruptedException {
        Lazy<Object> lazy = new Lazy<>(Object::new);
        CountDownLatch startingGun = new CountDownLatch(1);
        List<Object> results = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                awaitQuietly(startingGun);
                results.add(lazy.get());
            }));
        }
        startingGun.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(results).hasSize(8);
        assertThat(results).withFailMessage("Expected 8 threads to get one and the same object, got %d different ones",
                results.stream().distinct().count()).allSatisfy(result -> assertThat(result).isSameAs(results.getFirst()));
    }

    @Test
    void aComputationThatFailsIsTriedAgainOnTheNextGet() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the network was down");
            }
            return "value";
        });

        assertThatThrownBy(lazy::get).as("the first get() must pass the computation's exception on")
                .isInstanceOf(IllegalStateException.class).hasMessage("the network was down");
        assertThat(lazy.isComputed()).withFailMessage("Expected isComputed() to be false after a failed computation").isFalse();
        assertThat(lazy.get()).withFailMessage("Expected the second get() to compute again and return \"value\"."
                + "%nHint: store the value only after the computation returned.").isEqualTo("value");
    }

    @Test
    void aComputationThatReturnsNullIsRefused() {
        Lazy<String> lazy = new Lazy<>(() -> null);

        assertThatThrownBy(lazy::get).as("get() of a computation that returns null must throw NullPointerException")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("null");
    }

    private static boolean isBlocked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
