package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tests' one way to lay out a small course, a site or a lab in a temporary folder. */
final class TestFiles {

    private TestFiles() {
    }

    /** Writes text to the file (a path relative to root), with its folders. */
    static Path write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }
}
