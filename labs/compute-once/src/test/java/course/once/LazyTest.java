package course.once;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// A mistake that blocks must fail within seconds, not hang: the timeout runs each test on a thread it can abandon.
// 30 s, not less: a correct run takes milliseconds, but this 2-core machine is shared and sometimes stalls.
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
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
        Thread testThread = Thread.currentThread();
        Lazy<Object> lazy = new Lazy<>(() -> {
            failIfComputedOn(testThread); // the test thread only constructs: a computation here would wait forever
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
        // The second thread now either blocks, waiting for the first, or starts a second computation. It
        // must stay blocked for 50 polls in a row, so that a passing pause (loading a class) is not mistaken
        // for waiting on the first computation.
        int blockedPolls = 0;
        while (calls.get() < 2 && blockedPolls < 50) {
            blockedPolls = isBlocked(second) ? blockedPolls + 1 : 0;
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
    void aComputationThatFailsAgainIsTriedAgainAndTheValueIsKeptOnceItWorks() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("failure " + calls.get());
            }
            return "value " + calls.get();
        });

        assertThatThrownBy(lazy::get).hasMessage("failure 1");
        assertThatThrownBy(lazy::get).as("the second get() must run the computation again, and pass its new"
                + " exception on (not the first one, kept)").hasMessage("failure 2");
        assertThat(lazy.get()).isEqualTo("value 3");
        assertThat(lazy.get()).withFailMessage("Expected the value to be kept once a computation worked").isEqualTo("value 3");
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void aThreadInterruptedWhileItWaitsForTheFirstComputationKeepsItsInterrupt() throws InterruptedException {
        CountDownLatch firstIsComputing = new CountDownLatch(1);
        CountDownLatch finishComputing = new CountDownLatch(1);
        Thread testThread = Thread.currentThread();
        Lazy<String> lazy = new Lazy<>(() -> {
            failIfComputedOn(testThread); // the test thread only constructs: a computation here would wait forever
            firstIsComputing.countDown();
            awaitQuietly(finishComputing);
            return "value";
        });
        AtomicReference<String> secondGot = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();

        Thread first = Thread.ofPlatform().start(lazy::get);
        firstIsComputing.await();
        Thread second = Thread.ofPlatform().start(() -> {
            secondGot.set(lazy.get());
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        int blockedPolls = 0;
        while (blockedPolls < 50) { // the second thread waits for the first computation
            blockedPolls = isBlocked(second) ? blockedPolls + 1 : 0;
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
        }
        second.interrupt(); // someone asks the second thread to stop, while it waits
        int polls = 0;
        while (polls++ < 50) { // lets a get() that waits interruptibly see the interrupt before the value exists
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
        }
        finishComputing.countDown();
        first.join();
        second.join();

        assertThat(stillInterrupted.get()).withFailMessage("Expected the second thread to be still interrupted after"
                + " get() returned, but its interrupt was lost.%nHint: if you wait with wait() or await(), catch"
                + " InterruptedException, keep waiting if you must, and call Thread.currentThread().interrupt()"
                + " before you return, so that the request to stop is not swallowed.").isTrue();
        assertThat(secondGot.get()).isEqualTo("value");
    }

    // A get() that blocks on the monitor forever fails by the class's separate-thread timeout, not hangs.
    @Test
    void aCallerThatHoldsTheLazysMonitorDoesNotBlockItsFirstGet() throws InterruptedException {
        Lazy<String> lazy = new Lazy<>(() -> "value");
        AtomicReference<String> got = new AtomicReference<>();
        Thread asker;
        synchronized (lazy) { // any code with a reference can take the object's own monitor
            asker = Thread.ofPlatform().start(() -> got.set(lazy.get()));
            // Wait, with no timing, until the asker has finished or is blocked on the monitor this thread holds.
            while (asker.isAlive() && !isBlockedOnAMonitorHeldBy(asker, Thread.currentThread())) {
                Thread.onSpinWait();
            }
            assertThat(asker.isAlive()).withFailMessage("Expected get() not to wait for a monitor that a caller"
                    + " holds, but it is blocked on the Lazy itself.%nHint: synchronize on a private final lock"
                    + " object, not on this: callers can take this.").isFalse();
        }
        asker.join();
        assertThat(got.get()).isEqualTo("value");
    }

    @Test
    void aComputationThatReturnsNullIsRefused() {
        Lazy<String> lazy = new Lazy<>(() -> null);

        assertThatThrownBy(lazy::get).as("get() of a computation that returns null must throw NullPointerException")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("null");
    }

    /** True if thread is blocked entering a monitor that owner holds (ThreadInfo names the lock's owner). */
    private static boolean isBlockedOnAMonitorHeldBy(Thread thread, Thread owner) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(thread.threadId());
        return info != null && info.getThreadState() == Thread.State.BLOCKED && info.getLockOwnerId() == owner.threadId();
    }

    private static boolean isBlocked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /** A computation that the test holds in progress must not run on the test's own thread (in the constructor). */
    private static void failIfComputedOn(Thread testThread) {
        if (Thread.currentThread() == testThread) {
            throw new AssertionError("The computation ran on the thread that created the Lazy, before any get()."
                    + "\nHint: compute in get(), not in the constructor.");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
