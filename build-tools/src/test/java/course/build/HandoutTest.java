package course.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutTest {

    private static final PageWriter.Course COURSE = new PageWriter.Course("Threads", "Spring cohort", "1");

    @TempDir
    Path root;

    private Path target;

    @BeforeEach
    void aCourseWithALabBeforeALesson() throws IOException {
        write("site/outline.txt", "labs/xylo | X | Practice.\nlessons/alpha | A | First.\n");
        write("site/home.adoc", "Welcome.");
        write("lessons/alpha/lesson.adoc", "Text.");
        write("labs/xylo/lab.adoc", "Text.");
        target = root.resolve("site/target");
    }

    private void write(String file, String text) throws IOException {
        TestFiles.write(root, file, text);
    }

    /** True when the handout must be rendered (its master written). */
    private boolean prepare() throws BuildException {
        return Handout.writeSources(root, Outline.read(root), COURSE, target);
    }

    /** What the asciidoctor-maven-plugin and the copy after it do with a master file. */
    private void render() throws IOException {
        Files.createDirectories(target.resolve("handout"));
        Files.writeString(target.resolve("handout/handout.pdf"), "%PDF");
        Files.copy(target.resolve("handout-sources/handout.key"), target.resolve("handout/handout.key"));
    }

    @Test
    void theMasterHasTheCoverAndEveryPageInOutlineOrderAsAChapter() throws BuildException {
        String master = Handout.master(root, Outline.read(root), COURSE, target.resolve("site-sources/asciidoc"));

        assertThat(master).startsWith("// ").contains("\n= Threads | Spring cohort\n", ":doctype: book", ":toc:",
                ":course-links: internal");
        assertThat(master).containsSubsequence("include::" + root.resolve("site/home.adoc"),
                "[#labs-xylo]\ninclude::" + target.resolve("site-sources/asciidoc/labs/xylo.adoc") + "[leveloffset=+1]",
                "[#lessons-alpha]\ninclude::" + target.resolve("site-sources/asciidoc/lessons/alpha.adoc") + "[leveloffset=+1]");
    }

    @Test
    void aMissingHandoutIsRendered() throws BuildException {
        prepare();

        assertThat(target.resolve("handout-sources/handout.adoc")).isRegularFile();
        assertThat(target.resolve("handout-sources/handout.key")).isRegularFile();
    }

    @Test
    void aKeptHandoutIsNotRenderedAgainWhileNothingChanged() throws Exception {
        prepare();
        render();

        prepare();

        assertThat(target.resolve("handout-sources")).isEmptyDirectory();
        assertThat(target.resolve("handout/handout.pdf")).isRegularFile();
    }

    @Test
    void aChangedSourceRendersTheHandoutAgainAndDropsTheKeptOne() throws Exception {
        prepare();
        render();
        write("lessons/alpha/src/main/java/A.java", "class A {}");

        prepare();

        assertThat(target.resolve("handout-sources/handout.adoc")).isRegularFile();
        assertThat(target.resolve("handout/handout.pdf")).doesNotExist();
        assertThat(target.resolve("handout/handout.key")).doesNotExist();
    }

    @Test
    void aRenderThatFailedIsNotKept() throws Exception {
        prepare();
        // The PDF was written, but the build stopped (a warning) before its key was kept.
        Files.createDirectories(target.resolve("handout"));
        Files.writeString(target.resolve("handout/handout.pdf"), "%PDF");

        prepare();

        assertThat(target.resolve("handout-sources/handout.adoc")).isRegularFile();
    }

    @Test
    void buildOutputIsNoSource() throws Exception {
        prepare();
        render();
        write("lessons/alpha/target/classes/A.class", "bytes");

        prepare();

        assertThat(target.resolve("handout-sources")).isEmptyDirectory();
    }

    /**
     * A build writes the pages and may capture an output again with the same text: files written again with the
     * same bytes (a new modification time) keep the key, so a warm build takes the kept PDF.
     */
    @Test
    void theSameInputsWrittenAgainGiveTheSameKey() throws Exception {
        Path pages = target.resolve("site-sources/asciidoc");
        write("site/target/site-sources/asciidoc/lessons/alpha.adoc", "= Alpha");
        write("site/target/outputs/lessons/alpha/run.txt", "printed");
        Outline outline = Outline.read(root);
        String master = Handout.master(root, outline, COURSE, pages);
        String first = Handout.key(root, outline, master, target.resolve("outputs"), pages);
        assertThat(prepare()).isTrue();
        render();

        write("site/target/site-sources/asciidoc/lessons/alpha.adoc", "= Alpha");
        write("site/target/outputs/lessons/alpha/run.txt", "printed");
        write("site/target/outputs/lessons/alpha/run.key", "a key written by this build");

        assertThat(Handout.key(root, outline, Handout.master(root, outline, COURSE, pages), target.resolve("outputs"), pages))
                .isEqualTo(first);
        assertThat(prepare()).as("rendered again").isFalse();
        write("site/target/outputs/lessons/alpha/run.txt", "printed otherwise");
        assertThat(prepare()).as("rendered again after an output changed").isTrue();
    }
}
