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
        write("labs/01-x/src/test/java/x/XTest.java", """
                class XTest {
                    @Test
                    @Timeout(value = 5, unit = TimeUnit.SECONDS)
                    void addsOne() {
                        assertThat(calls("(not a method)")).isOne();
                    }

                    @ParameterizedTest
                    @ValueSource(ints = {1, 2})
                    void addsMany(int n) {
                    }

                    private int calls(String s) {
                        return 1;
                    }
                }
                """);
        write("labs/01-x/grading.txt", "# points | what | tests\n4 | one | XTest#addsOne\n6 | many | XTest#adds*y\n");
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
    void aLabWithoutGradingIsNamed() throws IOException {
        Files.delete(root.resolve("labs/01-x/grading.txt"));

        assertThatThrownBy(this::check).hasMessageContaining("labs/01-x/grading.txt does not exist");
    }

    @Test
    void aTestInNoGroupIsNamed() throws IOException {
        write("labs/01-x/grading.txt", "10 | one | XTest#addsOne\n");

        assertThatThrownBy(this::check)
                .hasMessage("labs/01-x/grading.txt: XTest#addsMany is in no group: add it to a group's tests, or a"
                        + " student who makes it pass earns nothing for it");
    }

    @Test
    void aGroupThatNamesNoTestIsNamedWithItsLine() throws IOException {
        write("labs/01-x/grading.txt", "4 | one | XTest#addsOne\n6 | many | XTest#addsMany+addsAll*\n");

        assertThatThrownBy(this::check)
                .hasMessageStartingWith("labs/01-x/grading.txt:2: no test matches \"addsAll*\"");
    }

    @Test
    void aGroupOfAClassThatDoesNotExistIsNamed() throws IOException {
        write("labs/01-x/grading.txt", "10 | all | YTest\n");

        assertThatThrownBy(this::check)
                .hasMessageStartingWith("labs/01-x/grading.txt:1: no test class of the lab matches \"YTest\"");
    }

    @Test
    void aGroupWithoutPointsOrTestsIsNamed() throws IOException {
        write("labs/01-x/grading.txt", "ten | all | XTest\n");
        assertThatThrownBy(this::check)
                .hasMessageStartingWith("labs/01-x/grading.txt:1: points must be a whole number");

        write("labs/01-x/grading.txt", "10 | XTest\n");
        assertThatThrownBy(this::check).hasMessageStartingWith("labs/01-x/grading.txt:1: a group is");
    }

    @Test
    void aWholeClassIsAGroup() throws IOException {
        write("labs/01-x/grading.txt", "10 | all | XTest\n");

        assertThatCode(this::check).doesNotThrowAnyException();
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
