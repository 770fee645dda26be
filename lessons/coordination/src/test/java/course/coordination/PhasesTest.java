package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a round that never ends fails, not hangs
class PhasesTest {

    @Test
    void eachRoundEndsWhenTheWorkersStillTakingPartFinishedItAndFinishedWorkersLeave() throws InterruptedException {
        Output out = new Output();

        Phases.run(new int[] {1, 2, 3}, out.stream); // workers 1, 2, 3 take part in 1, 2 and 3 rounds

        List<String> lines = out.lines();
        assertThat(lines).hasSize(3 + 1 + 2 + 1 + 1 + 1);
        assertThat(lines.subList(0, 3)).containsExactlyInAnyOrder(
                "worker 1 runs round 1", "worker 2 runs round 1", "worker 3 runs round 1");
        assertThat(lines.get(3)).isEqualTo("-- round 1 over; workers left: 2");
        assertThat(lines.subList(4, 6)).containsExactlyInAnyOrder("worker 2 runs round 2", "worker 3 runs round 2");
        assertThat(lines.get(6)).isEqualTo("-- round 2 over; workers left: 1");
        assertThat(lines.get(7)).isEqualTo("worker 3 runs round 3");
        assertThat(lines.get(8)).isEqualTo("-- round 3 over; workers left: 0");
    }
}
