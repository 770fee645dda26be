package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ShutdownDemoTest {

    @Test
    void shutdownNowInterruptsARunningTask() throws Exception {
        assertThat(ShutdownDemo.stopAWaitingTask()).isEqualTo("interrupted by shutdownNow()");
    }
}
