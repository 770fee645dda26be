package course.gil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonLostUpdateTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void theScriptsLinesAreReadAndReported() {
        List<PythonLostUpdate.Way> ways = PythonLostUpdate.read(List.of("python 3.11.7 gil", "plain-add 2000000 2000000",
                "call-between 1234567 2000000"));

        assertThat(ways).containsExactly(new PythonLostUpdate.Way("plain-add", 2_000_000, 2_000_000),
                new PythonLostUpdate.Way("call-between", 1_234_567, 2_000_000));
        assertThat(PythonLostUpdate.report("3.11.7", true, 500_000, ways).lines()).containsExactly(
                "CPython 3.11.7 (with its global interpreter lock): 4 threads, each adding 1 to one shared count"
                        + " 500,000 times.",
                "count += 1                               ended at 2,000,000 of 2,000,000: no addition lost in this run.",
                "seen = count; note(); count = seen + 1   ended at 1,234,567 of 2,000,000: 765,433 additions lost.");
        assertThat(PythonLostUpdate.read(List.of("python 3.11.7 gil", "Traceback (most recent call last):"))).isNull();
    }

    @Test
    void aMissingPythonIsSaidAndIsNoFailure() throws InterruptedException {
        int code = PythonLostUpdate.run(new String[] {"--python", "no-such-python-here"}, out, err);

        assertThat(code).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("No CPython lines: no-such-python-here was not found on the PATH." + System.lineSeparator());
        assertThat(errBytes.size()).isZero();
    }

    @Test
    void aBadArgumentGivesOneLineAndExitCode2() throws InterruptedException {
        assertThat(PythonLostUpdate.run(new String[] {"--fast"}, out, err)).isEqualTo(2);
        assertThat(PythonLostUpdate.run(new String[] {"--increments", "0"}, out, err)).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .allMatch(line -> line.contains("usage: PythonLostUpdate"));
        assertThat(outBytes.size()).isZero();
    }

    @Test
    void withPythonBothWaysAreReported() throws InterruptedException {
        assumeTrue(pythonIsInstalled(), "python3 is not on the PATH");

        int code = PythonLostUpdate.run(new String[] {"--increments", "1000"}, out, err); // quick: a few ms

        assertThat(code).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        // What each way ended at is this interpreter's business and is not asserted: only that both ran.
        assertThat(outBytes.toString(StandardCharsets.UTF_8).lines()).hasSize(3)
                .anyMatch(line -> line.startsWith("count += 1 ")).anyMatch(line -> line.startsWith("seen = count;"))
                .first().asString().contains("adding 1 to one shared count 1,000 times");
    }

    private static boolean pythonIsInstalled() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
