package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCaptureTest {

    @TempDir
    Path root;

    private OutputCapture.Run run(String... words) throws IOException {
        Path module = root.resolve("lessons/alpha");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve("target/classes/Main.class"), "bytes");
        return new OutputCapture.Run("lessons/alpha/runs.properties", "table", module, module.resolve("target/classes"),
                List.of(words), 0, true, root.resolve("outputs/lessons/alpha/table.txt"), null);
    }

    @Test
    void theKeyChangesWhenAPythonScriptOfTheModuleChanges() throws Exception {
        OutputCapture.Run run = run("Main");
        String withoutScript = OutputCapture.key(run);
        Path script = run.module().resolve("src/main/python/primes.py");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "print(1)\n");
        String withScript = OutputCapture.key(run);
        Files.writeString(script, "print(2)\n");

        assertThat(withScript).isNotEqualTo(withoutScript);
        assertThat(OutputCapture.key(run)).isNotEqualTo(withScript).isEqualTo(OutputCapture.key(run));
    }

    @Test
    void filesARunWritesBesidesItsOutputAreNamedByOutputDir() throws Exception {
        OutputCapture.Run run = run("Main", "--csv", "{output-dir}/table-data.txt", "--limit", "10");

        assertThat(OutputCapture.files(run)).containsExactly(root.resolve("outputs/lessons/alpha/table-data.txt"));
        assertThat(OutputCapture.key(run)).as("the key does not depend on where the outputs are")
                .isEqualTo(OutputCapture.key(run));
    }

    private OutputCapture.Run named(String name, boolean alone) {
        return new OutputCapture.Run("lessons/alpha/runs.properties", name, root, root, List.of(), 0, alone,
                root.resolve(name + ".txt"), null);
    }

    @Test
    void sharedRunsRunTogetherAndARunThatMeasuresRunsAloneAfterThem() throws Exception {
        // The two shared runs meet at a barrier: the test passes only if they run at the same time.
        CyclicBarrier together = new CyclicBarrier(2);
        AtomicInteger running = new AtomicInteger();
        List<String> seenByAlone = Collections.synchronizedList(new ArrayList<>());
        List<String> ended = Collections.synchronizedList(new ArrayList<>());
        OutputCapture.Runner runner = run -> {
            int others = running.getAndIncrement();
            try {
                if (run.alone()) {
                    seenByAlone.add(run.name() + " beside " + others + " others");
                } else {
                    together.await(10, TimeUnit.SECONDS);
                }
                ended.add(run.name());
            } catch (Exception e) {
                throw new BuildException(run.name() + ": " + e);
            } finally {
                running.decrementAndGet();
            }
        };

        OutputCapture.capture(List.of(named("a", false), named("timed", true), named("b", false), named("timed-2", true)),
                runner, 4);

        assertThat(seenByAlone).containsExactly("timed beside 0 others", "timed-2 beside 0 others");
        assertThat(ended.subList(2, 4)).as("the runs that measure come after the others").containsExactly("timed", "timed-2");
    }

    @Test
    void theFailureReportedIsTheFirstInTheListNotTheFirstToHappen() {
        CountDownLatch secondFailed = new CountDownLatch(1);
        OutputCapture.Runner runner = run -> {
            if (run.name().equals("first")) {
                try {
                    secondFailed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new BuildException("first failed");
            }
            secondFailed.countDown();
            throw new BuildException("second failed");
        };

        assertThatThrownBy(() -> OutputCapture.capture(List.of(named("first", false), named("second", false)), runner, 2))
                .isInstanceOf(BuildException.class).hasMessage("first failed");
    }

    @Test
    void concurrentCapturesWriteEachOutputAndKeepWhatIsUpToDate() throws Exception {
        Path module = root.resolve("lessons/alpha");
        Files.createDirectories(module);
        Files.writeString(module.resolve(OutputCapture.RUNS_FILE), """
                one = course.build.CaptureProbe one 1
                two = course.build.CaptureProbe two 2
                three = course.build.CaptureProbe three 3
                three.alone = true
                four = course.build.CaptureProbe four 4
                """);
        // The probe's class, where a lesson's classes would be.
        Path probe = Path.of(CaptureProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("course/build/CaptureProbe.class");
        Files.createDirectories(module.resolve("target/classes/course/build"));
        Files.copy(probe, module.resolve("target/classes/course/build/CaptureProbe.class"));
        writeOutline();
        Outline outline = Outline.read(root);
        Path outputs = root.resolve("outputs");

        OutputCapture.captureAll(root, outline, outputs);

        Path dir = outputs.resolve("lessons/alpha");
        List<String> names = List.of("one", "two", "three", "four");
        for (int i = 0; i < names.size(); i++) {
            assertThat(dir.resolve(names.get(i) + ".txt")).content()
                    .isEqualToNormalizingNewlines(names.get(i) + "\n" + (i + 1) + "\n");
        }
        FileTime captured = Files.getLastModifiedTime(dir.resolve("two.txt"));
        Files.setLastModifiedTime(dir.resolve("two.txt"), FileTime.fromMillis(captured.toMillis() - 60_000));
        FileTime before = Files.getLastModifiedTime(dir.resolve("two.txt"));

        OutputCapture.captureAll(root, outline, outputs);

        assertThat(Files.getLastModifiedTime(dir.resolve("two.txt"))).as("an output that is up to date").isEqualTo(before);
    }

    @Test
    void aloneIsTrueOrFalse() throws Exception {
        Path module = root.resolve("lessons/alpha");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve(OutputCapture.RUNS_FILE), "one = Main\none.alone = yes\n");
        writeOutline();

        assertThatThrownBy(() -> OutputCapture.runs(root, Outline.read(root).entries().get(0), root.resolve("out")))
                .isInstanceOf(BuildException.class)
                .hasMessage("lessons/alpha/runs.properties: one.alone must be true or false, not \"yes\"");
    }

    private void writeOutline() throws IOException {
        Files.createDirectories(root.resolve(Outline.FILE).getParent());
        Files.writeString(root.resolve(Outline.FILE), "lessons/alpha | Alpha | A lesson.\n");
    }
}
