package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShutdownDemoTest {

    @Test
    void shutdownNowInterruptsARunningTask() throws Exception {
        assertThat(ShutdownDemo.stopAWaitingTask()).isEqualTo("interrupted by shutdownNow()");
    }
}
