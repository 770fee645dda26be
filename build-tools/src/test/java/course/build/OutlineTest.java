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
                lessons/alpha | A | First.
                labs/xylo    | X | Practice.

                lessons/beta | B | Second.
                """);

        assertThat(outline.readingOrder()).extracting(Outline.Entry::folder)
                .containsExactly("lessons/alpha", "labs/xylo", "lessons/beta");
        assertThat(outline.readingOrder()).extracting(outline::label).containsExactly("Lesson 1", "Lab 1", "Lesson 2");
        assertThat(outline.entries().get(1).textFile()).isEqualTo("lab.adoc");
        assertThat(outline.entries().get(1).page()).isEqualTo("labs/xylo.html");
    }

    @Test
    void aLineWithoutThreePartsIsNamedWithItsLineNumber() {
        assertThatThrownBy(() -> outline("lessons/alpha | A | First.\nlessons/beta | B\n"))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("site/outline.txt:2: expected \"folder | title | one-sentence summary\"");
    }

    @Test
    void aFolderOutsideLessonsAndLabsIsRefused() {
        assertThatThrownBy(() -> outline("src/alpha | A | First.\n"))
                .hasMessage("site/outline.txt:1: \"src/alpha\" is not a folder under lessons/ or labs/,"
                        + " nor a folder of the repository's top level for an appendix");
        assertThatThrownBy(() -> outline("site | S | The site's own folder.\n"))
                .hasMessageContaining("\"site\" is not a folder under lessons/ or labs/");
    }

    @Test
    void aTopLevelFolderIsAnAppendixLetteredApartWithItsReadmeAsText() throws Exception {
        Outline outline = outline("""
                lessons/alpha | A | First.
                labs/xylo    | X | Practice.
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
        assertThat(outline.labs()).extracting(Outline.Entry::folder).containsExactly("labs/xylo");
        assertThat(outline.appendices()).hasSize(2);
    }

    @Test
    void aFolderListedTwiceIsRefused() {
        assertThatThrownBy(() -> outline("lessons/alpha | A | First.\nlessons/alpha | A | Again.\n"))
                .hasMessage("site/outline.txt:2: lessons/alpha is listed twice");
    }

    @Test
    void aMissingOutlineSaysWhatItIsFor() {
        assertThatThrownBy(() -> Outline.read(root)).hasMessageContaining("it lists the lessons and labs");
    }
}
