package course.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolSizingTest {

    @Test
    void cpuWorkGetsOneThreadPerCoreAndWaitingWorkMore() {
        assertThat(PoolSizing.threadsFor(4, 0)).isEqualTo(4);
        assertThat(PoolSizing.threadsFor(2, 9)).isEqualTo(20);
        assertThat(PoolSizing.threadsFor(8, 0.5)).isEqualTo(12);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> PoolSizing.threadsFor(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolSizing.threadsFor(2, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
