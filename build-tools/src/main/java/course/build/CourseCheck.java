package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The outline, the folders on disk and the modules of pom.xml must name the same lessons and labs; an
 * appendix (a page of its own, such as the instructors' guide) needs its folder and README.adoc, and no module.
 */
public final class CourseCheck {

    private CourseCheck() {
    }

    /**
     * The quick check an instructor runs after editing the outline, pom.xml or a text, without building the
     * site: ./mvnw -q -pl build-tools compile exec:exec@check. Arguments: the repository root, the course's
     * title and its cohort (from pom.xml). Outputs of runs are not captured, so includes of {output-dir} are
     * left to the site's build.
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: CourseCheck REPOSITORY_ROOT TITLE COHORT");
            System.exit(2);
        }
        try {
            Path root = Path.of(args[0]).toAbsolutePath().normalize();
            Outline outline = Outline.read(root);
            check(root, outline);
            CrossReferences.check(root, outline);
            MachineFigures.check(root, outline);
            int appendices = outline.appendices().size();
            System.out.printf(Locale.US, "Course check: \"%s\" (%s): %d lessons, %d labs, %d %s;"
                    + " the outline, the folders, pom.xml, the labs' grading, and cross-references agree (the site build checks the includes), and no text types one machine's figure.%n",
                    args[1], args[2], outline.lessons().size(), outline.labs().size(), appendices,
                    appendices == 1 ? "appendix" : "appendices");
        } catch (BuildException e) {
            System.err.println("Course check: " + e.getMessage());
            System.exit(1);
        }
    }

    static void check(Path root, Outline outline) throws BuildException {
        List<String> modules = modules(root);
        for (Outline.Entry entry : outline.entries()) {
            String where = Outline.FILE + ":" + entry.line() + ": ";
            Path folder = root.resolve(entry.folder());
            String name = folder.getFileName().toString();
            if (!entry.isAppendix() && Character.isDigit(name.charAt(0))) {
                throw new BuildException(where + entry.folder() + ": name the folder by its topic alone (such as "
                        + entry.folder().replaceFirst("/[0-9]+[a-z]?-", "/") + "): the outline alone gives the numbers");
            }
            if (!Files.isDirectory(folder)) {
                throw new BuildException(where + entry.folder() + (entry.isAppendix()
                        ? " does not exist: an appendix is a folder of the repository's top level with a README.adoc"
                        : " has no module: that folder does not exist"));
            }
            if (!Files.isRegularFile(folder.resolve(entry.textFile()))) {
                throw new BuildException(where + entry.folder() + " has no " + entry.textFile());
            }
            if (!entry.isAppendix() && !modules.contains(entry.folder())) {
                throw new BuildException("pom.xml: " + entry.folder() + " is in " + Outline.FILE
                        + " but not a <module> of pom.xml: add <module>" + entry.folder() + "</module>");
            }
        }
        checkGrading(root, outline);
        rejectLeftovers(root);
        List<String> listed = outline.entries().stream().map(Outline.Entry::folder).toList();
        for (String parent : List.of("lessons", "labs")) {
            for (String folder : subfolders(root, parent)) {
                if (Files.isRegularFile(root.resolve(folder).resolve("pom.xml")) && !listed.contains(folder)) {
                    throw new BuildException(Outline.FILE + ": " + folder + " is missing from the outline:"
                            + " add a line \"" + folder + " | title | one-sentence summary\"");
                }
            }
        }
    }

    /** A file that patch(1) leaves behind (a .orig copy, a .rej of a hunk that did not apply) is never part of the course. */
    private static void rejectLeftovers(Path root) throws BuildException {
        for (String parent : List.of("lessons", "labs", "site", "build-tools", "instructors")) {
            Path dir = root.resolve(parent);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                Optional<Path> leftover = files
                        .filter(path -> !root.relativize(path).toString().replace('\\', '/').matches("(.*/)?target/.*"))
                        .filter(path -> path.toString().endsWith(".orig") || path.toString().endsWith(".rej"))
                        .findFirst();
                if (leftover.isPresent()) {
                    throw new BuildException(root.relativize(leftover.get()).toString().replace('\\', '/')
                            + ": a file left by patch; delete it (the change belongs in the source or in a .patch)");
                }
            } catch (IOException e) {
                throw new BuildException(parent + "/ cannot be listed: " + e.getMessage());
            }
        }
    }

    /** Every lab is graded by labs/grade, from its grading.txt (its folder exists: checked before). */
    private static void checkGrading(Path root, Outline outline) throws BuildException {
        for (Outline.Entry lab : outline.labs()) {
            Grading.check(root, lab.folder());
        }
    }

    static List<String> modules(Path root) throws BuildException {
        try {
            String pom = Files.readString(root.resolve("pom.xml"));
            List<String> modules = new ArrayList<>();
            Matcher matcher = Pattern.compile("<module>\\s*([^<]+?)/?\\s*</module>").matcher(pom.replaceAll("(?s)<!--.*?-->", ""));
            while (matcher.find()) {
                modules.add(matcher.group(1));
            }
            return modules;
        } catch (IOException e) {
            throw new BuildException("pom.xml cannot be read: " + e.getMessage());
        }
    }

    private static List<String> subfolders(Path root, String parent) throws BuildException {
        Path dir = root.resolve(parent);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).map(path -> parent + "/" + path.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new BuildException(parent + "/ cannot be listed: " + e.getMessage());
        }
    }
}
