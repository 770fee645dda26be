package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LimitedCallsTest {

    @Test
    void exactlyAsManyCallsAsPermitsRunAtOnce() {
        CyclicBarrier fiveInside = new CyclicBarrier(5); // a call ends only when five are inside together

        int most = LimitedCalls.run(100, 5, () -> {
            try {
                fiveInside.await();
            } catch (BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(most).isEqualTo(5);
    }
}
