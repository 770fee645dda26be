package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossReferencesTest {

    @TempDir
    Path root;

    @BeforeEach
    void aCourseOfTwoLessonsAndALab() throws IOException {
        write("site/outline.txt", "lessons/alpha | Alpha | First.\nlabs/xylo | Xylo | Practice.\nlessons/beta | Beta | Second.\n");
        write("lessons/alpha/lesson.adoc", "Text.\n");
        write("labs/xylo/lab.adoc", "Text.\n");
        write("lessons/beta/lesson.adoc", "Text.\n");
    }

    private void write(String file, String text) throws IOException {
        TestFiles.write(root, file, text);
    }

    private Outline outline() throws BuildException {
        return Outline.read(root);
    }

    @Test
    void aReferenceBecomesTheNumberAndTitleOfTheOutline() throws BuildException {
        Outline outline = outline();
        Outline.Entry beta = CrossReferences.resolve(outline, "lesson", "beta").orElseThrow();
        Outline.Entry xylo = CrossReferences.resolve(outline, "lab", "xylo").orElseThrow();

        assertThat(CrossReferences.text(outline, beta, "")).isEqualTo("Lesson 2: Beta");
        assertThat(CrossReferences.text(outline, xylo, "short")).isEqualTo("Lab 1");
        assertThat(CrossReferences.href("lessons/alpha.html", beta)).isEqualTo("../lessons/beta.html");
        assertThat(CrossReferences.href("index.html", xylo)).isEqualTo("labs/xylo.html");
    }

    @Test
    void reorderingTheOutlineRenumbersTheReference() throws IOException, BuildException {
        write("site/outline.txt", "lessons/beta | Beta | Second.\nlessons/alpha | Alpha | First.\nlabs/xylo | Xylo | Practice.\n");
        Outline outline = outline();

        assertThat(CrossReferences.text(outline, CrossReferences.resolve(outline, "lesson", "beta").orElseThrow(), ""))
                .isEqualTo("Lesson 1: Beta");
    }

    @Test
    void goodReferencesPass() throws IOException {
        write("lessons/beta/lesson.adoc", "As lesson:alpha[] showed, and lab:xylo[short] practised.\n");

        assertThatCode(() -> CrossReferences.check(root, outline())).doesNotThrowAnyException();
    }

    @Test
    void aReferenceToAFolderNotInTheOutlineNamesTheFileAndLine() throws IOException {
        write("lessons/beta/lesson.adoc", "Line one.\nLine two.\nSee lesson:nowhere[] for more.\n");

        assertThatThrownBy(() -> CrossReferences.check(root, outline())).isInstanceOf(BuildException.class)
                .hasMessage("lessons/beta/lesson.adoc:3: lesson:nowhere[] refers to lessons/nowhere, which is"
                        + " not in site/outline.txt: use the folder name of a lesson or lab there");
    }

    @Test
    void aLabNamedAsALessonIsNotFound() throws IOException {
        write("site/home.adoc", "Start with lesson:xylo[].\n");

        assertThatThrownBy(() -> CrossReferences.check(root, outline())).hasMessageStartingWith("site/home.adoc:1: ");
    }

    @Test
    void anUnknownOptionIsNamed() throws IOException {
        write("lessons/alpha/lesson.adoc", "See lab:xylo[long].\n");

        assertThatThrownBy(() -> CrossReferences.check(root, outline()))
                .hasMessageContaining("lessons/alpha/lesson.adoc:1: lab:xylo[long]: the only option is [short]");
    }

    @Test
    void urlsAndIncludesAreNotReferences() throws IOException {
        write("lessons/alpha/lesson.adoc", "https://example.org/lab:x[y] and include::lab:z[] and mailto:lab:q[]\n");

        assertThatCode(() -> CrossReferences.check(root, outline())).doesNotThrowAnyException();
    }

    /** Numbers come from the outline: a typed "Lesson 4" or "lab 6" goes stale when an instructor reorders. */
    @Test
    void noCourseTextTypesALessonOrLabNumber() throws IOException, BuildException {
        Path course = Path.of("..").toAbsolutePath().normalize();
        Pattern typed = Pattern.compile("(?i)\\b(lessons?|labs?)\\s+\\d");
        List<String> found = new ArrayList<>();
        for (Path text : CourseTexts.all(course, Outline.read(course))) {
            List<String> lines = Files.readAllLines(text);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = typed.matcher(lines.get(i));
                if (matcher.find()) {
                    found.add(course.relativize(text) + ":" + (i + 1) + ": \"" + matcher.group()
                            + "\": write lesson:name[] or lab:name[short] instead");
                }
            }
        }
        assertThat(found).as("lesson and lab numbers typed by hand").isEmpty();
    }
}
