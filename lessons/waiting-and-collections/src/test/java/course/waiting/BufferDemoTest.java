package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BufferDemoTest {

    @Test
    void takesEveryItemOfBothProducers() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 100);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("capacity 2: took 200 items, sum 19,900 (expected 19,900)");
    }
}
