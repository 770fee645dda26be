package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MailboxDemoTest {

    @Test
    void readsEveryLetterOnceInTheOrderItWasPosted() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MailboxDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 3);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("read letter 1", "read letter 2", "read letter 3");
    }
}
