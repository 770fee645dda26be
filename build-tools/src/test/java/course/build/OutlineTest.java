package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlineTest {

    @TempDir
    Path root;

    private Outline outline(String text) throws IOException, BuildException {
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve(Outline.FILE), text);
        return Outline.read(root);
    }

    @Test
    void labsFollowTheirLessonsInReadingOrderAndAreNumberedApart() throws Exception {
        Outline outline = outline("""
                # a comment
                lessons/01-a | A | First.
                labs/01-x    | X | Practice.

                lessons/02-b | B | Second.
                """);

        assertThat(outline.readingOrder()).extracting(Outline.Entry::folder)
                .containsExactly("lessons/01-a", "labs/01-x", "lessons/02-b");
        assertThat(outline.readingOrder()).extracting(outline::label).containsExactly("Lesson 1", "Lab 1", "Lesson 2");
        assertThat(outline.entries().get(1).textFile()).isEqualTo("lab.adoc");
        assertThat(outline.entries().get(1).page()).isEqualTo("labs/01-x.html");
    }

    @Test
    void aLineWithoutThreePartsIsNamedWithItsLineNumber() {
        assertThatThrownBy(() -> outline("lessons/01-a | A | First.\nlessons/02-b | B\n"))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("site/outline.txt:2: expected \"folder | title | one-sentence summary\"");
    }

    @Test
    void aFolderOutsideLessonsAndLabsIsRefused() {
        assertThatThrownBy(() -> outline("src/01-a | A | First.\n"))
                .hasMessage("site/outline.txt:1: \"src/01-a\" is not a folder under lessons/ or labs/,"
                        + " nor a folder of the repository's top level for an appendix");
        assertThatThrownBy(() -> outline("site | S | The site's own folder.\n"))
                .hasMessageContaining("\"site\" is not a folder under lessons/ or labs/");
    }

    @Test
    void aTopLevelFolderIsAnAppendixLetteredApartWithItsReadmeAsText() throws Exception {
        Outline outline = outline("""
                lessons/01-a | A | First.
                labs/01-x    | X | Practice.
                instructors  | Guide | For teachers.
                notes        | Notes | More.
                """);

        assertThat(outline.readingOrder()).extracting(outline::label)
                .containsExactly("Lesson 1", "Lab 1", "Appendix A", "Appendix B");
        Outline.Entry guide = outline.entries().get(2);
        assertThat(guide.isAppendix()).isTrue();
        assertThat(guide.kind()).isEqualTo("appendix");
        assertThat(guide.textFile()).isEqualTo("README.adoc");
        assertThat(guide.page()).isEqualTo("instructors/index.html");
        assertThat(outline.labs()).extracting(Outline.Entry::folder).containsExactly("labs/01-x");
        assertThat(outline.appendices()).hasSize(2);
    }

    @Test
    void aFolderListedTwiceIsRefused() {
        assertThatThrownBy(() -> outline("lessons/01-a | A | First.\nlessons/01-a | A | Again.\n"))
                .hasMessage("site/outline.txt:2: lessons/01-a is listed twice");
    }

    @Test
    void aMissingOutlineSaysWhatItIsFor() {
        assertThatThrownBy(() -> Outline.read(root)).hasMessageContaining("it lists the lessons and labs");
    }
}
