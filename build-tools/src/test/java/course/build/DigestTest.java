package course.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        TestFiles.write(dir, file, text);
    }

    private String key() throws IOException {
        return new Digest().text("run line\n").file(dir.resolve("data.txt")).folder(dir.resolve("classes"), "").hex();
    }

    @Test
    void theSameInputsWrittenAgainGiveTheSameKey() throws Exception {
        write("data.txt", "1 2 3");
        write("classes/b/B.class", "b");
        write("classes/A.class", "a");
        String first = key();
        // Written again, in another order: new modification times, the same names and bytes.
        write("classes/A.class", "a");
        write("classes/b/B.class", "b");
        write("data.txt", "1 2 3");

        assertThat(key()).hasSize(64).matches("[0-9a-f]+").isEqualTo(first);
    }

    @Test
    void aChangedInputGivesANewKey() throws Exception {
        write("data.txt", "1 2 3");
        write("classes/A.class", "a");
        String first = key();

        write("classes/A.class", "changed");
        String changedFile = key();
        write("classes/A.class", "a");
        write("classes/C.class", "");
        String addedFile = key();
        Files.delete(dir.resolve("classes/C.class"));
        Files.move(dir.resolve("classes/A.class"), dir.resolve("classes/Z.class"));
        String renamedFile = key();

        assertThat(new String[] {changedFile, addedFile, renamedFile}).doesNotContain(first).doesNotHaveDuplicates();
        assertThat(new Digest().text("other line\n").hex()).isNotEqualTo(new Digest().text("run line\n").hex());
    }

    @Test
    void aFolderIsReadInNameOrderAndFilteredByRelativePath() throws Exception {
        write("tree/b.txt", "b");
        write("tree/a/x.txt", "x");
        write("tree/target/built.txt", "built");

        assertThat(Digest.files(dir.resolve("tree"), relative -> !relative.startsWith("target/")))
                .containsExactly("a/x.txt", "b.txt");
        assertThat(Digest.files(dir.resolve("missing"), relative -> true)).isEmpty();
        assertThat(new Digest().folder(dir.resolve("missing"), "").hex()).isEqualTo(new Digest().hex());
    }
}
