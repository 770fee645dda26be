package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The tests of this module run with one carrier thread (see the pom), so a pinned carrier blocks everything. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NoPinningTest {

    @Test
    void aVirtualThreadBlockedInsideSynchronizedLetsAnotherRunOnTheOnlyCarrier() throws InterruptedException {
        Object lock = new Object();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> {
            synchronized (lock) {
                inside.countDown();
                try {
                    release.await(); // blocks while holding a monitor: pinned before JDK 24
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        inside.await();
        Thread releaser = Thread.ofVirtual().start(release::countDown); // needs the carrier the holder would pin

        releaser.join();
        holder.join();

        assertThat(Integer.getInteger("jdk.virtualThreadScheduler.parallelism")).isEqualTo(1);
        assertThat(release.getCount()).isZero();
    }

    @Test
    void manyVirtualThreadsSleepingInsideSynchronizedAllFinish() throws InterruptedException {
        assertThat(NoPinning.sleepInsideSynchronized(20, 1)).isNotNegative();
    }
}
