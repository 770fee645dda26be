package course.gil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GilDemoTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void printsTheTableTheGilLineAndTheCount() throws InterruptedException {
        int code = GilDemo.run(new String[] {"--limit", "20000", "--threads", "1,2", "--repeat", "1"}, out, err, 2);

        List<String> lines = outBytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(code).isZero();
        assertThat(lines).first().asString().startsWith("Counting the primes below 20,000; the JVM may use 2 processors"
                + " (hardware threads)");
        assertThat(lines).anyMatch(line -> line.startsWith("threads | balanced"));
        assertThat(lines).anyMatch(line -> line.matches(" +1 \\| .*x \\| .*x \\| .*x"));
        assertThat(lines).anyMatch(line -> line.matches(" +2 \\| .*x \\| .*x \\| .*x"));
        assertThat(lines).anyMatch(line -> line.startsWith("GIL mode: 2 threads under one global lock"));
        assertThat(lines).contains("Every run counted 2,262 primes, the same as the sequential run.");
        assertThat(errBytes.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--limit 12", "--threads 0", "--threads 1,,2", "--repeat x", "--switch-ms", "--gil"})
    void aBadArgumentGivesOneLineAndExitCode2(String args) throws InterruptedException {
        int code = GilDemo.run(args.split(" "), out, err, 2);

        assertThat(code).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8).lines().toList())
                .singleElement().asString().contains("usage: GilDemo");
        assertThat(outBytes.size()).isZero();
    }

    @Test
    void defaultThreadCountsGrowWithTheCores() throws UsageException {
        assertThat(GilOptions.parse(2).threads()).containsExactly(1, 2, 4);
        assertThat(GilOptions.parse(16).threads()).containsExactly(1, 2, 4, 8, 16);
        assertThat(GilOptions.parse(2, "--threads", "3,1").threads()).containsExactly(3, 1);
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThatThrownBy(() -> GilOptions.parse(2, "--fast")).hasMessageStartingWith("unknown option \"--fast\"");
    }
}
