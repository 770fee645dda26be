package course.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the course site's search index, js/search-index.js, from the rendered lesson and lab pages: for every
 * page its title, and for every section (h2, h3) its heading, anchor and words, listings included, so that an
 * identifier such as CountDownLatch or newVirtualThreadPerTaskExecutor is found. The index is a script that
 * assigns a global (COURSE_SEARCH): it loads from disk (file://) as well as from a server, where a fetch of
 * JSON would be refused. The browser builds its lunr index from it on the reader's first search.
 *
 * <p>Usage: {@code SearchIndex <site directory>}. Runs after maven-site-plugin has rendered the pages.
 */
public final class SearchIndex {

    private static final Pattern MAIN = Pattern.compile("<main id=\"content\">(.*)</main>", Pattern.DOTALL);
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h([23])\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern DROPPED = Pattern.compile(
            "<nav class=\"course-nav\".*?</nav>|<script\\b.*?</script>|<style\\b.*?</style>|<h1[^>]*>.*?</h1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}_]+");
    /** A word found more often than this in one section counts this often: enough to rank, small to ship. */
    private static final int MOST_REPEATS = 4;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was",
            "were", "will", "with", "which", "who", "can", "not", "but", "if", "so", "than", "then", "there",
            "these", "they", "their", "what", "when", "where", "how", "all", "any", "each", "one", "out", "up",
            "into", "do", "does", "no", "we", "you", "your", "our", "he", "she", "his", "her", "them", "been");

    private SearchIndex() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: SearchIndex <site directory>");
            System.exit(2);
        }
        try {
            Path site = Path.of(args[0]);
            String script = build(site);
            Path out = site.resolve("js/search-index.js");
            Files.createDirectories(out.getParent());
            Files.writeString(out, script, StandardCharsets.UTF_8);
            System.out.printf(Locale.US, "Search index: %s, %,d bytes%n", out, Files.size(out));
        } catch (IOException | BuildException e) {
            System.err.println("search index: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The script that assigns COURSE_SEARCH: {pages: [[url, title]...], sections: [[page, anchor, heading, words]...]}. */
    static String build(Path site) throws IOException, BuildException {
        List<String> pages = new ArrayList<>();
        for (String folder : List.of("lessons", "labs")) {
            Path dir = site.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(path -> folder + "/" + path.getFileName()).filter(name -> name.endsWith(".html"))
                        .sorted().forEach(pages::add);
            }
        }
        // An appendix of the outline (the instructors' guide) is a folder's index.html.
        try (Stream<Path> folders = Files.list(site)) {
            folders.filter(folder -> Files.isRegularFile(folder.resolve("index.html")))
                    .map(folder -> folder.getFileName() + "/index.html").sorted().forEach(pages::add);
        }
        if (pages.isEmpty()) {
            throw new BuildException("no lesson or lab page in " + site + ": render the site first");
        }
        StringBuilder pageList = new StringBuilder();
        StringBuilder sectionList = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            String html = Files.readString(site.resolve(pages.get(p)), StandardCharsets.UTF_8);
            Matcher main = MAIN.matcher(html);
            if (!main.find()) {
                throw new BuildException(pages.get(p) + " has no <main id=\"content\">");
            }
            String body = main.group(1);
            Matcher h1 = H1.matcher(body);
            String title = h1.find() ? text(h1.group(1)) : pages.get(p);
            pageList.append(pageList.isEmpty() ? "" : ",\n").append('[').append(json(pages.get(p))).append(',')
                    .append(json(title)).append(']');
            body = DROPPED.matcher(body).replaceAll(" ");
            Matcher heading = HEADING.matcher(body);
            int start = 0;
            String anchor = "";
            String headingText = "";
            while (true) {
                boolean found = heading.find();
                String chunk = body.substring(start, found ? heading.start() : body.length());
                String words = words(headingText + " " + text(chunk));
                if (!words.isEmpty() || !anchor.isEmpty()) {
                    sectionList.append(sectionList.isEmpty() ? "" : ",\n").append('[').append(p).append(',')
                            .append(json(anchor)).append(',').append(json(headingText)).append(',')
                            .append(json(words)).append(']');
                }
                if (!found) {
                    break;
                }
                anchor = heading.group(2);
                headingText = text(heading.group(3));
                start = heading.end();
            }
        }
        return "/* The course's search index, written by the site build (course.build.SearchIndex). */\n"
                + "window.COURSE_SEARCH = {pages: [\n" + pageList + "\n], sections: [\n" + sectionList + "\n]};\n";
    }

    /** The words of a text, lower case, each at most MOST_REPEATS times, in order of first appearance. */
    static String words(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : WORD_SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() < 2 || STOP_WORDS.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            counts.merge(word, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((word, count) -> {
            for (int i = 0; i < Math.min(count, MOST_REPEATS); i++) {
                out.append(out.isEmpty() ? "" : " ").append(word);
            }
        });
        return out.toString();
    }

    /** The text of an HTML fragment: tags become spaces, entities characters, runs of space one space. */
    static String text(String html) {
        String plain = TAG.matcher(html).replaceAll(" ");
        Matcher entity = ENTITY.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(unescape(entity.group(1))));
        }
        entity.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String unescape(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
        }
        if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> " ";
        };
    }

    /** A JSON string literal, safe inside a script too. */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
