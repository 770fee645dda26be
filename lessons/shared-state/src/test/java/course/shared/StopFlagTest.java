package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StopFlagTest {

    /**
     * Shows that the stop works once, not that it always works: the same test passed 200 runs of 200 with a
     * plain field. Whether the spinner always sees the stop is a question for jcstress's termination mode
     * (StopFlagTermination in lessons/shared-state/stress), which looks for the plain-field mistake.
     */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a spinner that never ends fails, not hangs
    void aSpinnerSeesTheStopInThisRun() throws InterruptedException {
        StopFlag flag = new StopFlag();
        AtomicLong looks = new AtomicLong(-1);
        Thread reader = Thread.ofPlatform().daemon().start(() -> looks.set(flag.spinUntilStopped()));

        flag.stop();
        reader.join();

        assertThat(looks.get()).isNotNegative();
    }
}
