package course.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

// In a separate thread: a test that spins (the loop below) is failed only that way, and then abandoned, not
// stopped (see TimeoutModesTest).
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class HitCounterTest {

    private static Thread hitOnce(HitCounter counter) {
        return Thread.ofPlatform().start(() -> {
            try {
                counter.hit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    // tag::barrier[]
    @Test
    void theRacyCounterLosesAHitWhenBothThreadsReadBeforeEitherWrites() throws Exception {
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        HitCounter counter = HitCounter.racy(() -> {
            try {
                bothHaveRead.await(); // nobody writes before both have read
            } catch (BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });

        Thread first = hitOnce(counter);
        Thread second = hitOnce(counter);
        first.join();
        second.join();

        assertThat(counter.hits()).isEqualTo(1); // every run: the interleaving is forced, not hoped for
    }
    // end::barrier[]

    // tag::blocked[]
    @Test
    void theSafeCounterKeepsTheSecondThreadOutUntilTheFirstHasWritten() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch letFirstWrite = new CountDownLatch(1);
        HitCounter counter = HitCounter.safe(() -> {
            if (firstInside.getCount() == 1) {  // only the first thread inside gets here with count 1
                firstInside.countDown();
                letFirstWrite.await();        // hold the first thread between its read and its write
            }
        });

        Thread first = hitOnce(counter);
        firstInside.await();
        Thread second = hitOnce(counter);
        Thread.State state;
        while ((state = second.getState()) != Thread.State.BLOCKED) { // until it waits for the lock: the proof
            assertThat(state).as("the second thread got through while the first held the lock")
                    .isNotEqualTo(Thread.State.TERMINATED);
            Thread.onSpinWait();
        }
        letFirstWrite.countDown();
        first.join();
        second.join();

        assertThat(counter.hits()).isEqualTo(2);
    }
    // end::blocked[]
}
