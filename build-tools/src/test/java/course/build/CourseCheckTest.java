package course.build;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseCheckTest {

    @TempDir
    Path root;

    @BeforeEach
    void aCourseWithOneLessonAndOneLab() throws IOException {
        write("site/outline.txt", "lessons/01-a | A | First.\nlabs/01-x | X | Practice.\n");
        write("pom.xml", "<modules><module>lessons/01-a</module><module>labs/01-x</module></modules>");
        write("lessons/01-a/pom.xml", "<project/>");
        write("lessons/01-a/lesson.adoc", "Text.");
        write("labs/01-x/pom.xml", "<project/>");
        write("labs/01-x/lab.adoc", "Text.");
        write(CourseCheck.CLASSROOM, "command: ./mvnw -q -B -pl labs/01-x test -Pstudent");
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private void check() throws BuildException {
        CourseCheck.check(root, Outline.read(root));
    }

    @Test
    void aConsistentCoursePasses() {
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void aLessonFolderMissingFromTheOutlineIsNamed() throws IOException {
        write("lessons/02-b/pom.xml", "<project/>");

        assertThatThrownBy(this::check).isInstanceOf(BuildException.class)
                .hasMessageContaining("lessons/02-b is missing from the outline");
    }

    @Test
    void anOutlineEntryThatIsNoModuleOfThePomIsNamed() throws IOException {
        write("pom.xml", "<modules><module>lessons/01-a</module><!-- <module>labs/01-x</module> --></modules>");

        assertThatThrownBy(this::check).hasMessageContaining("labs/01-x is in site/outline.txt but not a <module>");
    }

    @Test
    void aLabWithoutItsTextIsNamed() throws IOException {
        Files.delete(root.resolve("labs/01-x/lab.adoc"));

        assertThatThrownBy(this::check).hasMessageContaining("labs/01-x has no lab.adoc");
    }

    @Test
    void aLabThatClassroomDoesNotGradeIsNamed() throws IOException {
        write(CourseCheck.CLASSROOM, "steps: []");

        assertThatThrownBy(this::check).hasMessageContaining("does not grade labs/01-x");
    }

    @Test
    void anAppendixNeedsItsFolderAndReadmeButNoModule() throws IOException {
        write("site/outline.txt", "lessons/01-a | A | First.\nlabs/01-x | X | Practice.\nguide | G | For teachers.\n");
        assertThatThrownBy(this::check).hasMessageContaining("guide does not exist: an appendix is a folder");

        write("guide/notes.txt", "");
        assertThatThrownBy(this::check).hasMessageContaining("guide has no README.adoc");

        write("guide/README.adoc", "Text.");
        assertThatCode(this::check).doesNotThrowAnyException();
    }
}
