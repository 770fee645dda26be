package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * No text types a figure that one machine measured: how many cores it had, how long a run took there, what
 * speedup it reached. Such figures belong in an output captured during the build (runs.properties), which is
 * true on whatever machine builds the site; typed, they are wrong on the reader's machine.
 *
 * <p>Lesson parameters stay allowed: "each thread sleeps 5 seconds", {@code --seconds 1}, "a 5-s timeout",
 * "must end within 2 s".
 * What is flagged is the phrasing of a measurement: a number of cores ("2 cores", "a quad-core machine"), a time
 * that something took ("took 2.1 s", "takes about 40 seconds", "in ~3 s", "roughly 200 ms"), and a speedup
 * ("1.9x", "2× faster", "3 times as fast"). Listings, literal blocks and comments are not read. Write "N cores",
 * "the number of cores", or include the captured output instead.
 */
final class MachineFigures {

    private static final String NUMBER = "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
            + "|sixteen|thirty-two|sixty-four|a few|several|a couple of)";
    /** A machine's number of cores; "a single core" or "a few cores" is no machine's figure. */
    private static final String COUNT = "\\d+|two|three|four|six|eight|twelve|sixteen|thirty-two|sixty-four|dual"
            + "|quad|hexa|octa";
    private static final String UNIT = "(?:s|ms|µs|us|ns|sec|secs|seconds?|milliseconds?|microseconds?|minutes?"
            + "|min|hours?)";

    /** One kind of typed figure, and what to write instead. */
    private record Rule(Pattern pattern, String advice) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?i)\\b(?:" + COUNT + ")[ -](?:cores?|CPUs?|processors?|hardware threads)\\b(?!-)"), "a number of cores is a machine's: write \"N cores\" or \"the number"
                    + " of cores\", or show a captured output"),
            new Rule(Pattern.compile("(?i)(?:\\b(?:about|roughly|around|approximately|nearly|almost|some|only|just"
                    + "|took|takes|take|taking|lasted|lasts|ran for|runs for)"
                    + "|~)\\s*~?\\s*" + NUMBER + "(?:\\s*(?:to|-|–)\\s*" + NUMBER + ")?\\s*" + UNIT + "\\b"),
                    "a measured time is a machine's: show a captured output, or say what the time depends on"),
            new Rule(Pattern.compile("(?i)(?<![\\w.])\\d+(?:\\.\\d+)?\\s?[x×](?![\\w])(?!\\s*\\d)"),
                    "a speedup is a machine's: show a captured output, or write \"N times\" for N threads on N cores"),
            new Rule(Pattern.compile("(?i)\\b(?:\\d+(?:\\.\\d+)?|two|three|four|twice)\\s+(?:times\\s+)?(?:as fast"
                    + "|faster|slower|the speed)\\b"),
                    "a speedup is a machine's: show a captured output, or write \"N times\" for N threads on N cores"));

    private MachineFigures() {
    }

    /** Checks the course's texts and every lab's notes; the message names the file and line of each figure. */
    static void check(Path root, Outline outline) throws BuildException {
        List<Path> texts = new ArrayList<>(CourseTexts.all(root, outline));
        for (Outline.Entry lab : outline.labs()) {
            try (Stream<Path> files = Files.list(root.resolve(lab.folder()))) {
                files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                        .sorted().forEach(texts::add);
            } catch (IOException e) {
                throw new BuildException(lab.folder() + " cannot be listed: " + e.getMessage());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path text : texts) {
            problems.addAll(find(CourseTexts.where(root, text), CourseTexts.lines(root, text)));
        }
        if (!problems.isEmpty()) {
            throw new BuildException("a text types a figure that one machine measured (it belongs in a captured"
                    + " output):\n" + String.join("\n", problems));
        }
    }

    /** Every typed figure in these lines of the file called where, as "where:line: ...". */
    static List<String> find(String where, List<String> lines) {
        List<String> problems = new ArrayList<>();
        String block = null; // the delimiter of the listing, literal or comment block we are in
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.matches("(-{4,}|\\.{4,}|/{4,}|`{3}.*)")) {
                String delimiter = stripped.startsWith("```") ? "```" : stripped;
                block = block == null ? delimiter : block.equals(delimiter) ? null : block;
                continue;
            }
            if (block != null || stripped.startsWith("//") || stripped.startsWith("include::")
                    || stripped.startsWith("    ") || line.startsWith("    ") && where.endsWith(".md")) {
                continue;
            }
            String prose = line.replaceAll("`[^`]*`", "`…`").replaceAll("https?://\\S+", "URL");
            for (Rule rule : RULES) {
                Matcher figure = rule.pattern().matcher(prose);
                if (figure.find()) {
                    problems.add(where + ":" + (i + 1) + ": \"" + figure.group().strip() + "\": " + rule.advice());
                }
            }
        }
        return problems;
    }
}
