package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MachineFiguresTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {
        "On my laptop with 2 cores the balanced column reaches two.",
        "A machine with two cores shows it.",
        "On a quad-core machine it is faster.",
        "The run took 2.1 s.",
        "It takes about 40 seconds.",
        "The whole build runs in ~3 s.",
        "Starting them took roughly 200 ms here.",
        "Counting took around 1.5-2 s on the build machine.",
        "Printing ten lines takes a few microseconds.",
        "Two threads reach 1.9x.",
        "They ran 1.95× faster.",
        "Four threads were 3 times as fast.",
        "That is twice as fast as before.",
    })
    void aMachinesFigureIsFlagged(String line) {
        assertThat(MachineFigures.find("lessons/alpha/lesson.adoc", List.of("Text.", line)))
                .singleElement().asString().startsWith("lessons/alpha/lesson.adoc:2: \"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ten threads each sleep 5 seconds.",
        "Each thread sleeps five seconds; the program ends once five seconds are over, not fifty.",
        "Run it with `--seconds 1` and `--threads 1,2,4`.",
        "The test fails after a 5-s timeout, and the lab's contract says the call must end within 2 s.",
        "On N cores, N threads are close to N times as fast as one.",
        "Ten sleeps overlap even on a machine with a single core, or a few cores.",
        "The same eight CPU-bound tasks on one platform thread per core.",
        "A pause of 10 ms between two lines; a switch interval of 5 ms.",
        "Use the number of cores, `Runtime.getRuntime().availableProcessors()`.",
        "The hexadecimal 0x1F and a 3x3 grid.",
        "See https://example.org/2x-faster for more.",
    })
    void aLessonsParametersAndGeneralStatementsPass(String line) {
        assertThat(MachineFigures.find("lessons/alpha/lesson.adoc", List.of(line))).isEmpty();
    }

    @Test
    void listingsLiteralBlocksAndCommentsAreNotRead() {
        List<String> lines = List.of("[source,java]", "----", "// took about 2 s on 2 cores", "----", "....",
                "2 cores: 1.9x", "....", "// 2 cores here", "////", "took 3 s", "////", "```", "2 cores", "```",
                "    an indented example: 2 cores");

        assertThat(MachineFigures.find("labs/alpha/notes.md", lines)).isEmpty();
    }

    @Test
    void theCheckNamesEveryFileAndLineAndReadsTheLabsNotes() throws IOException {
        write("site/outline.txt", "lessons/alpha | Alpha | First.\nlabs/beta | Beta | Second.\n");
        write("lessons/alpha/lesson.adoc", "Ten threads sleep 5 s each.\n\nOn 2 cores it took 2.1 s.\n");
        write("labs/beta/lab.adoc", "Each lookup waits 300 ms.\n");
        write("labs/beta/instructor-notes.md", "- The tests take about 40 s.\n");

        assertThatThrownBy(() -> MachineFigures.check(root, Outline.read(root))).isInstanceOf(BuildException.class)
                .hasMessageContaining("lessons/alpha/lesson.adoc:3: \"2 cores\": a number of cores is a machine's")
                .hasMessageContaining("lessons/alpha/lesson.adoc:3: \"took 2.1 s\": a measured time is a machine's")
                .hasMessageContaining("labs/beta/instructor-notes.md:1: \"about 40 s\"")
                .hasMessageNotContaining("lab.adoc");
    }

    @Test
    void textsWithoutMachineFiguresPass() throws IOException {
        write("site/outline.txt", "lessons/alpha | Alpha | First.\n");
        write("lessons/alpha/lesson.adoc", "Ten threads sleep 5 s each, on N cores.\n");

        assertThatCode(() -> MachineFigures.check(root, Outline.read(root))).doesNotThrowAnyException();
    }

    private void write(String file, String text) throws IOException {
        TestFiles.write(root, file, text);
    }
}
