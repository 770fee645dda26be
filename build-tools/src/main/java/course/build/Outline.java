package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * site/outline.txt: the order, titles and summaries of the lessons, the labs and the appendices. One line per
 * page, "folder | title | summary"; blank lines and lines starting with # are ignored. A folder under lessons/
 * is a lesson (its text is lesson.adoc), under labs/ a lab (lab.adoc); any other folder of the repository's
 * top level is an appendix: a page of its own, such as the instructors' guide, whose text is the folder's
 * README.adoc (which GitHub also shows when the folder is opened) and which is no Maven module.
 */
public record Outline(Path file, List<Entry> entries) {

    public static final String FILE = "site/outline.txt";

    /** Top-level folders that hold no page: lessons/ and labs/ themselves, and the build's own folders. */
    private static final Set<String> RESERVED = Set.of("lessons", "labs", "site", "build-tools", "target", "js", "css",
            "images");

    /** One page of the course. */
    public record Entry(String folder, String title, String summary, int line) {

        public boolean isLesson() {
            return folder.startsWith("lessons/");
        }

        public boolean isLab() {
            return folder.startsWith("labs/");
        }

        /** A page of its own outside lessons/ and labs/, such as the instructors' guide: no Maven module. */
        public boolean isAppendix() {
            return !isLesson() && !isLab();
        }

        /** "lesson", "lab" or "appendix": the kind of page, as the site's stylesheet names it. */
        public String kind() {
            return isLesson() ? "lesson" : isLab() ? "lab" : "appendix";
        }

        /** The text file of the folder: lesson.adoc, lab.adoc, or an appendix's README.adoc. */
        public String textFile() {
            return isLesson() ? "lesson.adoc" : isLab() ? "lab.adoc" : "README.adoc";
        }

        /**
         * Where the page lands in the site, relative to the site's root: lessons/sleepers.html, or
         * instructors/index.html for an appendix, so that every page is one folder deep.
         */
        public String page() {
            return isAppendix() ? folder + "/index.html" : folder + ".html";
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
            if (!folder.matches("((lessons|labs)/)?[A-Za-z0-9][A-Za-z0-9._-]*")
                    || RESERVED.contains(folder)) {
                throw new BuildException(where + "\"" + folder + "\" is not a folder under lessons/ or labs/,"
                        + " nor a folder of the repository's top level for an appendix");
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
        return entries.stream().filter(Entry::isLab).toList();
    }

    public List<Entry> appendices() {
        return entries.stream().filter(Entry::isAppendix).toList();
    }

    /**
     * "Lesson 2", "Lab 1" or "Appendix A": numbered by position in the outline, so reordering renumbers.
     */
    public String label(Entry entry) {
        if (entry.isAppendix()) {
            return "Appendix " + (char) ('A' + appendices().indexOf(entry));
        }
        List<Entry> group = entry.isLesson() ? lessons() : labs();
        return (entry.isLesson() ? "Lesson " : "Lab ") + (group.indexOf(entry) + 1);
    }

    /** Pages in reading order: the order of the outline, so that a lab can follow the lesson it practises. */
    public List<Entry> readingOrder() {
        return entries;
    }
}
