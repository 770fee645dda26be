package course.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links between pages, written by folder so that no text types a number: {@code lesson:shared-state[]}
 * becomes "Lesson 4: Shared state" and {@code lab:trip-planner[short]} becomes "Lab 6", numbered by the
 * outline. The Asciidoctor extension renders them; this class resolves them and checks every one before the
 * site is rendered, so that a reference to a folder missing from the outline stops the build with its file
 * and line.
 */
public final class CrossReferences {

    /** lesson:NAME[...] or lab:NAME[...]; NAME is a folder under lessons/ or labs/. */
    public static final Pattern MACRO = Pattern.compile("(?<![\\w:/])(lesson|lab):([^\\s\\[\\]]*)\\[([^\\]]*)\\]");

    private CrossReferences() {
    }

    /** The folder a macro names: "lessons/shared-state" for lesson:shared-state[]. */
    public static String folder(String kind, String name) {
        return ("lesson".equals(kind) ? "lessons/" : "labs/") + name;
    }

    /** The outline's entry for a macro, if the outline has that folder. */
    public static Optional<Outline.Entry> resolve(Outline outline, String kind, String name) {
        String folder = folder(kind, name);
        return outline.entries().stream().filter(entry -> entry.folder().equals(folder)).findFirst();
    }

    /** The link's text: "Lesson 4: Shared state", or "Lesson 4" with the option short. */
    public static String text(Outline outline, Outline.Entry entry, String options) {
        return "short".equals(options.strip()) ? outline.label(entry) : outline.label(entry) + ": " + entry.title();
    }

    /** The link from a page (its path in the site, such as lessons/sleepers.html) to an entry's page. */
    public static String href(String fromPage, Outline.Entry entry) {
        int depth = fromPage.split("/", -1).length - 1;
        return "../".repeat(depth) + entry.page();
    }

    /** Checks every reference in the course's texts; the message names the file and line of each bad one. */
    static void check(Path root, Outline outline) throws BuildException {
        List<String> problems = new ArrayList<>();
        for (Path text : CourseTexts.all(root, outline)) {
            List<String> lines = CourseTexts.lines(root, text);
            for (int i = 0; i < lines.size(); i++) {
                Matcher macro = MACRO.matcher(lines.get(i));
                while (macro.find()) {
                    String where = CourseTexts.where(root, text) + ":" + (i + 1) + ": ";
                    String options = macro.group(3).strip();
                    if (resolve(outline, macro.group(1), macro.group(2)).isEmpty()) {
                        problems.add(where + macro.group() + " refers to " + folder(macro.group(1), macro.group(2))
                                + ", which is not in " + Outline.FILE + ": use the folder name of a lesson or lab there");
                    } else if (!options.isEmpty() && !options.equals("short")) {
                        problems.add(where + macro.group() + ": the only option is [short] (\"" + options + "\" given)");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(String.join("\n", problems));
        }
    }
}
