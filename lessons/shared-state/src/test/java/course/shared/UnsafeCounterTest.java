package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UnsafeCounterTest {

    // tag::lost-update[]
    @Test
    void twoThreadsThatBothReadBeforeEitherWritesLoseAnUpdate() throws InterruptedException {
        CyclicBarrier bothHaveRead = new CyclicBarrier(2); // neither writes before the other has read
        UnsafeCounter counter = new UnsafeCounter(() -> {
            try {
                bothHaveRead.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });

        Thread first = Thread.ofPlatform().start(counter::increment);
        Thread second = Thread.ofPlatform().start(counter::increment);
        first.join();
        second.join();

        assertThat(counter.get()).isEqualTo(1); // two increments, one lost: every run, not by luck
    }
    // end::lost-update[]

    @Test
    void oneThreadAloneCountsCorrectly() {
        UnsafeCounter counter = new UnsafeCounter();
        for (int i = 0; i < 1000; i++) {
            counter.increment();
        }
        assertThat(counter.get()).isEqualTo(1000);
    }
}
