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
        write("site/outline.txt", "lessons/01-a | Alpha | First.\nlabs/01-x | Xylo | Practice.\nlessons/02-b | Beta | Second.\n");
        write("lessons/01-a/lesson.adoc", "Text.\n");
        write("labs/01-x/lab.adoc", "Text.\n");
        write("lessons/02-b/lesson.adoc", "Text.\n");
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private Outline outline() throws BuildException {
        return Outline.read(root);
    }

    @Test
    void aReferenceBecomesTheNumberAndTitleOfTheOutline() throws BuildException {
        Outline outline = outline();
        Outline.Entry beta = CrossReferences.resolve(outline, "lesson", "02-b").orElseThrow();
        Outline.Entry xylo = CrossReferences.resolve(outline, "lab", "01-x").orElseThrow();

        assertThat(CrossReferences.text(outline, beta, "")).isEqualTo("Lesson 2: Beta");
        assertThat(CrossReferences.text(outline, xylo, "short")).isEqualTo("Lab 1");
        assertThat(CrossReferences.href("lessons/01-a.html", beta)).isEqualTo("../lessons/02-b.html");
        assertThat(CrossReferences.href("index.html", xylo)).isEqualTo("labs/01-x.html");
    }

    @Test
    void reorderingTheOutlineRenumbersTheReference() throws IOException, BuildException {
        write("site/outline.txt", "lessons/02-b | Beta | Second.\nlessons/01-a | Alpha | First.\nlabs/01-x | Xylo | Practice.\n");
        Outline outline = outline();

        assertThat(CrossReferences.text(outline, CrossReferences.resolve(outline, "lesson", "02-b").orElseThrow(), ""))
                .isEqualTo("Lesson 1: Beta");
    }

    @Test
    void goodReferencesPass() throws IOException {
        write("lessons/02-b/lesson.adoc", "As lesson:01-a[] showed, and lab:01-x[short] practised.\n");

        assertThatCode(() -> CrossReferences.check(root, outline())).doesNotThrowAnyException();
    }

    @Test
    void aReferenceToAFolderNotInTheOutlineNamesTheFileAndLine() throws IOException {
        write("lessons/02-b/lesson.adoc", "Line one.\nLine two.\nSee lesson:09-nowhere[] for more.\n");

        assertThatThrownBy(() -> CrossReferences.check(root, outline())).isInstanceOf(BuildException.class)
                .hasMessage("lessons/02-b/lesson.adoc:3: lesson:09-nowhere[] refers to lessons/09-nowhere, which is"
                        + " not in site/outline.txt: use the folder name of a lesson or lab there");
    }

    @Test
    void aLabNamedAsALessonIsNotFound() throws IOException {
        write("site/home.adoc", "Start with lesson:01-x[].\n");

        assertThatThrownBy(() -> CrossReferences.check(root, outline())).hasMessageStartingWith("site/home.adoc:1: ");
    }

    @Test
    void anUnknownOptionIsNamed() throws IOException {
        write("lessons/01-a/lesson.adoc", "See lab:01-x[long].\n");

        assertThatThrownBy(() -> CrossReferences.check(root, outline()))
                .hasMessageContaining("lessons/01-a/lesson.adoc:1: lab:01-x[long]: the only option is [short]");
    }

    @Test
    void urlsAndIncludesAreNotReferences() throws IOException {
        write("lessons/01-a/lesson.adoc", "https://example.org/lab:x[y] and include::lab:z[] and mailto:lab:q[]\n");

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
                            + "\": write lesson:NN-name[] or lab:NN-name[short] instead");
                }
            }
        }
        assertThat(found).as("lesson and lab numbers typed by hand").isEmpty();
    }
}
