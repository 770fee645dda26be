package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The course's texts: the home page, and the lesson.adoc or lab.adoc of every page of the outline. */
final class CourseTexts {

    private CourseTexts() {
    }

    /** The home page first, then every page's text in outline order; files that do not exist are left out. */
    static List<Path> all(Path root, Outline outline) {
        List<Path> texts = new ArrayList<>();
        texts.add(root.resolve("site/home.adoc"));
        for (Outline.Entry entry : outline.entries()) {
            texts.add(root.resolve(entry.folder()).resolve(entry.textFile()));
        }
        return texts.stream().filter(Files::isRegularFile).toList();
    }

    static List<String> lines(Path root, Path text) throws BuildException {
        try {
            return Files.readAllLines(text);
        } catch (IOException e) {
            throw new BuildException(where(root, text) + " cannot be read: " + e.getMessage());
        }
    }

    /** A text's path from the repository's root, with forward slashes, as messages name it. */
    static String where(Path root, Path text) {
        return root.relativize(text).toString().replace('\\', '/');
    }
}
