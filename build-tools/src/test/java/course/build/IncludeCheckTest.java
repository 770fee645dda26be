package course.build;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeCheckTest {

    @TempDir
    Path root;

    @BeforeEach
    void aLessonWithASourceAndAnOutput() throws IOException {
        write("site/outline.txt", "lessons/alpha | Alpha | First.\n");
        write("lessons/alpha/src/Main.java", "// tag::main[]\nclass Main {}\n// end::main[]\n");
        write("outputs/lessons/alpha/run.txt", "hello\n");
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private void check() throws BuildException {
        IncludeCheck.check(root, Outline.read(root), root.resolve("outputs"));
    }

    @Test
    void includesOfFilesTagsAndOutputsThatExistPass() throws IOException {
        write("lessons/alpha/lesson.adoc", ":source-dir: src\n\ninclude::{source-dir}/Main.java[tag=main]\n"
                + "include::{output-dir}/run.txt[]\n");

        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void aMissingFileIsNamedWithItsLine() throws IOException {
        write("lessons/alpha/lesson.adoc", "Text.\n\ninclude::src/Gone.java[]\n");

        assertThatThrownBy(this::check).hasMessageStartingWith("lessons/alpha/lesson.adoc:3: include::src/Gone.java[] names ")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aMissingTagIsNamedWithItsLine() throws IOException {
        write("lessons/alpha/lesson.adoc", ":source-dir: src\ninclude::{source-dir}/Main.java[tag=other]\n");

        assertThatThrownBy(this::check).hasMessageContaining("lessons/alpha/lesson.adoc:2: ")
                .hasMessageContaining("has no tag \"other\"");
    }

    @Test
    void anOutputThatNoRunMakesIsNamed() throws IOException {
        write("lessons/alpha/lesson.adoc", "include::{output-dir}/missing.txt[]\n");

        assertThatThrownBy(this::check).hasMessageContaining("is the run in runs.properties?");
    }

    @Test
    void anAttributeNotSetAboveIsNamed() throws IOException {
        write("lessons/alpha/lesson.adoc", "include::{nowhere}/Main.java[]\n");

        assertThatThrownBy(this::check).hasMessageContaining("lessons/alpha/lesson.adoc:1: {nowhere} is not set");
    }
}
