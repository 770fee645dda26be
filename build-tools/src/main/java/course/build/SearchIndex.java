package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Writes the course site's search index, js/search-index.js, from the rendered lesson and lab pages (read with jsoup): for every
 * page its title, and for every section (h2, h3) its heading, anchor and words, listings included, so that an
 * identifier such as CountDownLatch or newVirtualThreadPerTaskExecutor is found. The index is a script that
 * assigns a global (COURSE_SEARCH): it loads from disk (file://) as well as from a server, where a fetch of
 * JSON would be refused. The browser builds its lunr index from it on the reader's first search.
 *
 * <p>{@link SiteFinish} writes it after maven-site-plugin has rendered the pages.
 */
final class SearchIndex {

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}_]+");
    /** Not searched: the previous/next links, scripts, styles and the page's title (it is the page's own field). */
    private static final String DROPPED = "nav.course-nav, script, style, h1";
    /** A word found more often than this in one section counts this often: enough to rank, small to ship. */
    private static final int MOST_REPEATS = 4;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was",
            "were", "will", "with", "which", "who", "can", "not", "but", "if", "so", "than", "then", "there",
            "these", "they", "their", "what", "when", "where", "how", "all", "any", "each", "one", "out", "up",
            "into", "do", "does", "no", "we", "you", "your", "our", "he", "she", "his", "her", "them", "been");

    private SearchIndex() {
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
            Document document = Jsoup.parse(site.resolve(pages.get(p)).toFile(), "UTF-8");
            Element main = document.selectFirst("main#content");
            if (main == null) {
                throw new BuildException(pages.get(p) + " has no <main id=\"content\">");
            }
            Element h1 = main.selectFirst("h1");
            String title = h1 != null ? h1.text() : pages.get(p);
            pageList.append(pageList.isEmpty() ? "" : ",\n").append('[').append(json(pages.get(p))).append(',')
                    .append(json(title)).append(']');
            for (Section section : sections(main)) {
                String words = words(section.heading + " " + section.body);
                if (!words.isEmpty() || !section.anchor.isEmpty()) {
                    sectionList.append(sectionList.isEmpty() ? "" : ",\n").append('[').append(p).append(',')
                            .append(json(section.anchor)).append(',').append(json(section.heading)).append(',')
                            .append(json(words)).append(']');
                }
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

    /** One part of a page: from an h2 or h3 with an id to the next one (the first part has no anchor). */
    static final class Section {
        final String anchor;
        final String heading;
        final StringBuilder body = new StringBuilder();

        Section(String anchor, String heading) {
            this.anchor = anchor;
            this.heading = heading;
        }
    }

    /**
     * The sections of a page's main element, in document order. Every text node is followed by a space, so that
     * the tokens of a highlighted listing (one span each) stay words of their own.
     */
    static List<Section> sections(Element main) {
        List<Section> sections = new ArrayList<>(List.of(new Section("", "")));
        main.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != main) {
                    if (element.is(DROPPED)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.is("h2[id], h3[id]")) {
                        sections.add(new Section(element.id(), element.text()));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                } else if (node instanceof TextNode text) {
                    sections.get(sections.size() - 1).body.append(text.text()).append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        return sections;
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
