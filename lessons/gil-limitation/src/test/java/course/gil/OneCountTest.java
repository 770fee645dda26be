package course.gil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OneCountTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void countsOnceWithAndWithoutTheGlobalLock() throws InterruptedException {
        assertThat(OneCount.run(new String[] {"--limit", "20000", "--threads", "3"}, out, err)).isZero();
        assertThat(OneCount.run(new String[] {"--limit", "20000", "--global-lock", "--switch-ms", "1"}, out, err)).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "3 threads without a global lock counted 2,262 primes below 20,000.",
                "2 threads under one global lock (handed over every 1 ms) counted 2,262 primes below 20,000.");
        assertThat(errBytes.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--limit 12", "--threads 0", "--threads", "--switch-ms x", "--gil"})
    void aBadArgumentGivesOneLineAndExitCode2(String args) throws InterruptedException {
        assertThat(OneCount.run(args.split(" "), out, err)).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("usage: OneCount");
        assertThat(outBytes.size()).isZero();
    }
}
