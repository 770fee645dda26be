package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StopFlagTest {

    @Test
    @Timeout(10)
    void aSpinnerOnAVolatileFlagSeesTheStop() throws InterruptedException {
        StopFlag flag = new StopFlag();
        AtomicLong looks = new AtomicLong(-1);
        Thread reader = Thread.ofPlatform().start(() -> looks.set(flag.spinUntilStopped()));

        flag.stop();
        reader.join(); // ends because the write is visible; the timeout only reports a failure

        assertThat(looks.get()).isNotNegative();
    }
}
