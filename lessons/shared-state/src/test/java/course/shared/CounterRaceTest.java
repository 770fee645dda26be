package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CounterRaceTest {

    @Test
    void printsTheExpectedTotalAndOneLinePerCounterWithNothingLostByTheSafeOnes() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CounterRace.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 1000);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.getFirst()).isEqualTo("2 threads x 1,000 increments: expected 2,000");
        assertThat(lines.subList(2, 6)).allSatisfy(line -> assertThat(line).contains("got      2,000  lost          0"));
    }
}
