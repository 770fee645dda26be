package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a broken seam must fail, not hang
class HighestValueTest {

    /** What the seam tests need of HighestValue and RacyHighestValue. */
    record Target(LongConsumer offer, LongSupplier get) {
    }

    @Test
    void keepsTheHighestOfferInOneThread() {
        HighestValue highest = new HighestValue();
        highest.offer(3);
        highest.offer(9);
        highest.offer(5);
        highest.offerWithAccumulate(7);
        assertThat(highest.get()).isEqualTo(9);
        highest.offerWithAccumulate(11);
        assertThat(highest.get()).isEqualTo(11);
    }

    // tag::seam[]
    @Test
    void aLowerOfferThatReadBeforeAHigherOneWasStoredDoesNotOverwriteIt() throws InterruptedException {
        long kept = offerFiveAndThreeBothReadingFirst(seam -> {
            HighestValue highest = new HighestValue(seam);
            return new Target(highest::offer, highest::get);
        });
        assertThat(kept).isEqualTo(5); // compareAndSet(MIN, 3) fails: 5 is stored; the loop reads again and stops
    }

    @Test
    void checkThenSetOnAnAtomicLosesTheHigherOfferWhenBothReadFirst() throws InterruptedException {
        long kept = offerFiveAndThreeBothReadingFirst(seam -> {
            RacyHighestValue highest = new RacyHighestValue(seam);
            return new Target(highest::offer, highest::get);
        });
        assertThat(kept).isEqualTo(3); // a race condition with no data race: every run, not by luck
    }
    // end::seam[]

    /**
     * Two threads offer 5 and 3 to a fresh object. At the seam (between read and write) both have read before
     * either writes, and the thread offering 3 goes on only once 5 is stored. Returns the value kept.
     */
    private static long offerFiveAndThreeBothReadingFirst(Function<Runnable, Target> make) throws InterruptedException {
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        ThreadLocal<Boolean> pausedBefore = ThreadLocal.withInitial(() -> false);
        AtomicReference<Target> target = new AtomicReference<>();
        target.set(make.apply(() -> {
            if (pausedBefore.get()) {
                return; // only the first pass of each thread pauses; a retry goes straight on
            }
            pausedBefore.set(true);
            try {
                bothHaveRead.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
            if (Thread.currentThread().getName().equals("offers 3")) {
                while (target.get().get().getAsLong() != 5) { // wait for the other thread's write, no timing
                    Thread.onSpinWait();
                }
            }
        }));
        Thread five = Thread.ofPlatform().name("offers 5").start(() -> target.get().offer().accept(5));
        Thread three = Thread.ofPlatform().name("offers 3").start(() -> target.get().offer().accept(3));
        five.join();
        three.join();
        return target.get().get().getAsLong();
    }

    /**
     * A smoke test, not a proof: many threads racing may or may not hit the bad interleaving in a run (a broken
     * version passed it 183 times in 200). The seam tests above are the ones that catch the race every run.
     */
    @Test
    void fourThreadsOfferingEveryNumberBelow40000EndAtTheHighest() throws InterruptedException {
        assertThat(offerFromFourThreads(HighestValue::offer)).isEqualTo(4 * 10_000 - 1);
        assertThat(offerFromFourThreads(HighestValue::offerWithAccumulate)).isEqualTo(4 * 10_000 - 1);
    }

    /** Thread t offers t, t + 4, t + 8, ...: together every number below 40,000. Returns the highest kept. */
    private static long offerFromFourThreads(BiConsumer<HighestValue, Long> offer) throws InterruptedException {
        HighestValue highest = new HighestValue();
        CountDownLatch startingGun = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    startingGun.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (long n = first; n < 40_000; n += 4) {
                    offer.accept(highest, n);
                }
            }));
        }
        startingGun.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return highest.get();
    }
}
