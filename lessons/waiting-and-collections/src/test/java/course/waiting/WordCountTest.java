package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WordCountTest {

    @Test
    void printsTheExpectedCountAndNothingLostByMergeOrCompute() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WordCount.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 200);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).isEqualTo("2 threads x 200 rounds of \"the cat sat on the mat\": \"the\" expected 800");
        assertThat(lines.get(1)).startsWith("get, then put");
        assertThat(lines.get(2)).isEqualTo("merge          \"the\" =       800  lost         0");
        assertThat(lines.get(3)).isEqualTo("compute        \"the\" =       800  lost         0");
    }
}
