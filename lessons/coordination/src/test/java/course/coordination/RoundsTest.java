package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a barrier that never opens fails, not hangs
class RoundsTest {

    @Test
    void noRunnerStartsARoundBeforeEveryRunnerFinishedThePreviousOne() throws InterruptedException {
        Output out = new Output();

        Rounds.run(3, 4, out.stream);

        List<String> lines = out.lines();
        assertThat(lines).hasSize(4 * 4);
        for (int round = 1; round <= 4; round++) {
            List<String> block = lines.subList((round - 1) * 4, round * 4);
            String runs = "runs round " + round;
            assertThat(block.subList(0, 3)).as("round %d", round).allSatisfy(line -> assertThat(line).endsWith(runs));
            assertThat(block.get(3)).isEqualTo("-- all 3 runners finished the round");
        }
    }
}
