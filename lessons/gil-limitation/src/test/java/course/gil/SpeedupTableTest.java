package course.gil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeedupTableTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void withoutPythonItMeasuresTheJavaSeriesAndSaysSo() throws Exception {
        Path csv = dir.resolve("speedup-data.txt");
        int code = SpeedupTable.run(new String[] {"--limit", "20000", "--max-threads", "2", "--python", "none",
            "--csv", csv.toString()}, out, err, 2);

        assertThat(code).isZero();
        String table = outBytes.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("Counting the primes below 20,000 (there are 2,262); the JVM may use 2 processors (hardware threads).",
                "No CPython columns: CPython was not asked for (--python none).", "| Java threads", "| Java, global lock")
                .doesNotContain("CPython threads");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(0, 4)).containsExactly("# cores=2", "# jdk=" + System.getProperty("java.version"),
                "# python=none", "series,threads,seconds,speedup");
        assertThat(lines.subList(4, 8)).allMatch(line -> line.matches("java-(threads|global-lock),[12],\\d+\\.\\d{3},\\d+\\.\\d{2}"));
        assertThat(lines.get(4)).startsWith("java-threads,1,").endsWith(",1.00"); // formatted in Locale.US, in a German test JVM
        assertThat(errBytes.size()).isZero();
    }

    @Test
    void pythonCountsTheSamePrimesAsJava() throws Exception {
        assumeTrue(pythonIsInstalled(), "python3 is not on the PATH");
        int code = SpeedupTable.run(new String[] {"--limit", "20000", "--max-threads", "2", "--repeat", "1"}, out, err, 2);

        assertThat(code).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("| CPython threads", "| CPython processes")
                .containsPattern("(?m)^      2 \\|( +\\d+\\.\\d{3} s +\\d+\\.\\d\\dx \\|){3} +\\d+\\.\\d{3} s +\\d+\\.\\d\\dx$");
    }

    @Test
    void aMissingPythonLeavesItsColumnsOut() throws Exception {
        int code = SpeedupTable.run(new String[] {"--limit", "20000", "--max-threads", "1", "--python",
            dir.resolve("no-such-python").toString()}, out, err, 2);

        assertThat(code).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("No CPython columns: ", "was not found on the PATH");
    }

    @Test
    void theScriptsOutputIsReadAndCheckedAgainstJavasCount() {
        SpeedupTable.Python python = SpeedupTable.read("python 3.14.0 no-gil\nthreads 1 1.5000 2262\nprocesses 2 0.8000 2262\n", 0, 2262);
        assertThat(python.problem()).isNull();
        assertThat(python.gil()).isFalse();
        assertThat(python.rows()).containsExactly(new SpeedupTable.Row("python-threads", 1, 1.5),
                new SpeedupTable.Row("python-processes", 2, 0.8));

        assertThat(SpeedupTable.read("python 3.11.7 gil\nthreads 1 1.5 2261\n", 0, 2262).problem())
                .isEqualTo("CPython counted 2261 primes, Java 2262");
        assertThat(SpeedupTable.read("Traceback (most recent call last):\n", 1, 2262).problem())
                .startsWith("the CPython script failed (exit code 1)");
    }

    @Test
    void theDataGivesEachSeriesItsOwnSpeedup() {
        String csv = SpeedupTable.csv(4, "25", "3.11.7", List.of(new SpeedupTable.Row("java-threads", 1, 2.0),
                new SpeedupTable.Row("java-threads", 2, 1.0), new SpeedupTable.Row("python-threads", 1, 10.0),
                new SpeedupTable.Row("python-threads", 2, 12.5)));

        assertThat(csv).isEqualTo("# cores=4\n# jdk=25\n# python=3.11.7\nseries,threads,seconds,speedup\n"
                + "java-threads,1,2.000,1.00\njava-threads,2,1.000,2.00\n"
                + "python-threads,1,10.000,1.00\npython-threads,2,12.500,0.80\n");
    }

    @Test
    void amdahlsLawGivesTheSerialFractionTheMeasuredSpeedupImplies() {
        // 4 threads 3.2 times as fast as one: s = (1/3.2 - 1/4) / (1 - 1/4) = 1/12; on 8, 1 / (1/12 + 11/96) = 5.05.
        List<SpeedupTable.Row> rows = List.of(new SpeedupTable.Row("java-threads", 1, 3.2),
                new SpeedupTable.Row("java-threads", 2, 1.7), new SpeedupTable.Row("java-threads", 4, 1.0),
                new SpeedupTable.Row("java-threads", 3, 1.2), new SpeedupTable.Row("java-threads", 5, 1.1));

        assertThat(SpeedupTable.amdahl(4, rows)).isEqualTo("\nAmdahl's law: 4 Java threads on 4 processors ran 3.20"
                + " times as fast as one, against 4 for work with no serial part.\nThe serial fraction that implies is"
                + " s = 8.3 %; with it, 8 threads would reach at most 5.05 times, and no number of threads more than"
                + " 1 / s = 12.0 times.\n");
        assertThat(SpeedupTable.amdahl(2, List.of(new SpeedupTable.Row("java-threads", 1, 2.0),
                new SpeedupTable.Row("java-threads", 2, 0.9)))).contains("implies no serial fraction at all");
        assertThat(SpeedupTable.amdahl(2, List.of(new SpeedupTable.Row("java-threads", 1, 2.0),
                new SpeedupTable.Row("java-threads", 2, 2.5)))).contains("That is no speedup");
        assertThat(SpeedupTable.amdahl(1, rows)).contains("no serial fraction to read");
    }

    @Test
    void theTableEndsWithAmdahlsLawForTheJavaThreads() throws Exception {
        int code = SpeedupTable.run(new String[] {"--limit", "20000", "--max-threads", "3", "--python", "none"}, out,
                err, 2);

        assertThat(code).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8))
                .containsPattern("Amdahl's law: 2 Java threads on 2 processors ran \\d+\\.\\d\\d times as fast as one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--limit 12", "--max-threads 0", "--repeat x", "--python", "--csv", "--fast"})
    void aBadArgumentGivesOneLineAndExitCode2(String args) throws InterruptedException {
        int code = SpeedupTable.run(args.split(" "), out, err, 2);

        assertThat(code).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8).lines().toList())
                .singleElement().asString().contains("usage: SpeedupTable");
        assertThat(outBytes.size()).isZero();
    }

    @Test
    void byDefaultItGoesOneThreadPastTheCores() throws UsageException {
        assertThat(SpeedupTable.parse(2).maxThreads()).isEqualTo(3);
        assertThat(SpeedupTable.parse(8).maxThreads()).isEqualTo(9);
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
