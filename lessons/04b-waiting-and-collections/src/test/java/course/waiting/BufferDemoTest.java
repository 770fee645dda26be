package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class BufferDemoTest {

    @Test
    void takesEveryItemOfBothProducers() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 1_000);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("capacity 2: took 2,000 items, sum 1,999,000 (expected 1,999,000)");
    }
}
