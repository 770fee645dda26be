package course.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NaiveCheckTest {

    @Test
    void reportsOneLinePerSizeWithACountBetweenZeroAndTheRuns() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        NaiveCheck.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).matches(" *[0-9,]+ hits per thread: the naive test caught the race in  [0-2] of 2 runs"));
    }
}
