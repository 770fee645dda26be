package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * site/outline.txt: the order, titles and summaries of the lessons and labs. One line per page,
 * "folder | title | summary"; blank lines and lines starting with # are ignored.
 */
public record Outline(Path file, List<Entry> entries) {

    public static final String FILE = "site/outline.txt";

    /** One page of the course. */
    public record Entry(String folder, String title, String summary, int line) {

        public boolean isLesson() {
            return folder.startsWith("lessons/");
        }

        /** The text file of the module: lesson.adoc or lab.adoc. */
        public String textFile() {
            return isLesson() ? "lesson.adoc" : "lab.adoc";
        }

        /** Where the page lands in the site, relative to the site's root: lessons/01-sleepers.html. */
        public String page() {
            return folder + ".html";
        }
    }

    public static Outline read(Path root) throws BuildException {
        Path file = root.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BuildException(FILE + " cannot be read (" + e.getMessage() + "): it lists the lessons and labs");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = FILE + ":" + (i + 1) + ": ";
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new BuildException(where + "expected \"folder | title | one-sentence summary\", got \"" + line + "\"");
            }
            String folder = parts[0].strip();
            if (!folder.matches("(lessons|labs)/[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new BuildException(where + "\"" + folder + "\" is not a folder under lessons/ or labs/");
            }
            if (!folders.add(folder)) {
                throw new BuildException(where + folder + " is listed twice");
            }
            entries.add(new Entry(folder, parts[1].strip(), parts[2].strip(), i + 1));
        }
        if (entries.isEmpty()) {
            throw new BuildException(FILE + " lists no lessons");
        }
        return new Outline(file, List.copyOf(entries));
    }

    public List<Entry> lessons() {
        return entries.stream().filter(Entry::isLesson).toList();
    }

    public List<Entry> labs() {
        return entries.stream().filter(entry -> !entry.isLesson()).toList();
    }

    /** "Lesson 2" or "Lab 1": numbered by position in the outline, so reordering renumbers. */
    public String label(Entry entry) {
        List<Entry> group = entry.isLesson() ? lessons() : labs();
        return (entry.isLesson() ? "Lesson " : "Lab ") + (group.indexOf(entry) + 1);
    }

    /** Pages in reading order: the order of the outline, so that a lab can follow the lesson it practises. */
    public List<Entry> readingOrder() {
        return entries;
    }
}
