package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before anything is rendered, that every include of the course's texts names a file that exists and
 * tags that the file has: a broken include stops the build with its file and line, and no page is half
 * built. Outputs ({output-dir}) are checked against the runs of runs.properties, since they are captured
 * before the pages are rendered; without outputs (outputsDir null: the quick check) those includes are skipped.
 */
final class IncludeCheck {

    private static final Pattern ATTRIBUTE = Pattern.compile("^:([\\w-]+):\\s*(.*)$");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)\\]\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("\\{([\\w-]+)\\}");

    private IncludeCheck() {
    }

    static void check(Path root, Outline outline, Path outputsDir) throws BuildException {
        List<String> problems = new ArrayList<>();
        for (Path text : CourseTexts.all(root, outline)) {
            Outline.Entry entry = outline.entries().stream()
                    .filter(page -> text.startsWith(root.resolve(page.folder()))).findFirst().orElse(null);
            Map<String, String> given = entry == null || outputsDir == null ? Map.of()
                    : Map.of("output-dir", outputsDir.resolve(entry.folder()).toString());
            check(root, text, given, outputsDir != null, problems);
        }
        if (!problems.isEmpty()) {
            throw new BuildException(String.join("\n", problems));
        }
    }

    private static void check(Path root, Path text, Map<String, String> given, boolean outputs, List<String> problems)
            throws BuildException {
        List<String> lines = CourseTexts.lines(root, text);
        Map<String, String> attributes = new HashMap<>(given);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (attribute.matches()) {
                attributes.put(attribute.group(1), attribute.group(2).strip());
                continue;
            }
            Matcher include = INCLUDE.matcher(line);
            if (!include.matches()) {
                continue;
            }
            String where = CourseTexts.where(root, text) + ":" + (i + 1) + ": ";
            StringBuilder target = new StringBuilder();
            Matcher reference = REFERENCE.matcher(include.group(1));
            boolean unknown = false;
            while (reference.find()) {
                String value = attributes.get(reference.group(1));
                if (value == null && !outputs && reference.group(1).equals("output-dir")) {
                    unknown = true;
                    break;
                }
                if (value == null) {
                    problems.add(where + "{" + reference.group(1) + "} is not set above this include");
                    unknown = true;
                    break;
                }
                reference.appendReplacement(target, Matcher.quoteReplacement(value));
            }
            if (unknown || !outputs && include.group(1).contains("{output-dir}")) {
                continue; // without captured outputs (the quick check), the site's build checks these
            }
            reference.appendTail(target);
            Path file = text.getParent().resolve(target.toString()).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(where + "include::" + include.group(1) + "[] names " + file + ", which does not exist"
                        + (include.group(1).contains("{output-dir}") ? " (is the run in runs.properties?)" : ""));
                continue;
            }
            String content;
            try {
                content = Files.readString(file);
            } catch (IOException e) {
                problems.add(where + file + " cannot be read: " + e.getMessage());
                continue;
            }
            for (String option : include.group(2).split(",")) {
                String[] pair = option.strip().split("=", 2);
                if (pair.length == 2 && (pair[0].equals("tag") || pair[0].equals("tags"))) {
                    for (String tag : pair[1].replace("\"", "").split("[;,]")) {
                        String name = tag.strip().replaceFirst("^!", "");
                        if (!name.isEmpty() && !name.contains("*") && !content.contains("tag::" + name + "[]")) {
                            problems.add(where + root.relativize(file) + " has no tag \"" + name
                                    + "\": mark the region with // tag::" + name + "[] and // end::" + name + "[]");
                        }
                    }
                }
            }
        }
    }
}
