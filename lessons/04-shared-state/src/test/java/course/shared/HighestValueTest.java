package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HighestValueTest {

    @Test
    void keepsTheHighestOfferInOneThread() {
        HighestValue highest = new HighestValue();
        highest.offer(3);
        highest.offer(9);
        highest.offer(5);
        assertThat(highest.get()).isEqualTo(9);
    }

    @Test
    void noHigherOfferIsLostWhenFourThreadsOfferAtOnce() throws InterruptedException {
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
