package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import course.build.Outline;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Checks over the generated HTML of the course site. */
class SitePagesTest {

    private final Outline outline = SitePages.outline();

    @Test
    void theTableOfContentsListsEveryOutlineEntryInOrder() {
        Document index = SitePages.parse("index.html");

        List<String> links = index.select("ol.course-toc a").eachAttr("href");
        List<String> expected = outline.readingOrder().stream().map(Outline.Entry::page).toList();
        assertThat(links).containsExactlyElementsOf(expected);
        for (Outline.Entry entry : outline.readingOrder()) {
            Element item = index.selectFirst("ol.course-toc a[href=" + entry.page() + "]").parent();
            assertThat(item.text()).contains(outline.label(entry), entry.title(), entry.summary());
        }
        assertThat(index.select("h1").text()).isNotBlank();
    }

    @Test
    void everyPageLinksToTheTocAndToItsPreviousAndNextPage() {
        List<Outline.Entry> order = outline.readingOrder();
        for (int i = 0; i < order.size(); i++) {
            Outline.Entry entry = order.get(i);
            Document page = SitePages.parse(entry.page());
            List<Element> navs = page.select("nav.course-nav");
            assertThat(navs).as("%s: a navigation at the top and at the bottom", entry.page()).hasSize(2);
            for (Element nav : navs) {
                assertThat(nav.select("a.toc").attr("href")).isEqualTo("../index.html");
                assertThat(nav.select("a.toc").text()).isEqualTo("Return to TOC");
                if (i > 0) {
                    Outline.Entry previous = order.get(i - 1);
                    assertThat(nav.select("a.previous").attr("href")).isEqualTo("../" + previous.page());
                    assertThat(nav.select("a.previous").text()).contains(previous.title());
                } else {
                    assertThat(nav.select("a.previous")).isEmpty();
                }
                Element next = nav.selectFirst("a.next");
                if (i + 1 < order.size()) {
                    assertThat(next.attr("href")).isEqualTo("../" + order.get(i + 1).page());
                    assertThat(next.text()).isEqualTo("Next topic: " + outline.label(order.get(i + 1)) + ": "
                            + order.get(i + 1).title());
                } else {
                    assertThat(next.attr("href")).isEqualTo("../index.html#contents");
                }
            }
            assertThat(page.select("h1").text()).isEqualTo(outline.label(entry) + ": " + entry.title());
        }
    }

    @Test
    void everyPageHasTheSidebarInOutlineOrderWithItselfMarked() {
        List<String> names = new ArrayList<>(List.of("Table of contents"));
        List<String> pages = new ArrayList<>(List.of("index.html"));
        for (Outline.Entry entry : outline.readingOrder()) {
            names.add(outline.label(entry) + ": " + entry.title());
            pages.add(entry.page());
        }
        for (String page : SitePages.pages()) {
            Document document = SitePages.parse(page);
            Element sidebar = document.selectFirst("details.sidebar > summary + nav");
            assertThat(sidebar).as("%s has the sidebar", page).isNotNull();
            assertThat(sidebar.select("a").eachText()).as("the sidebar of %s", page).containsExactlyElementsOf(names);
            List<String> targets = sidebar.select("a").stream().map(a -> resolve(page, a.attr("href"))).toList();
            assertThat(targets).as("the sidebar's links on %s", page).containsExactlyElementsOf(pages);
            List<Element> current = sidebar.select("a[aria-current=page]");
            assertThat(current).as("%s marks one page as current", page).hasSize(1);
            assertThat(resolve(page, current.get(0).attr("href"))).isEqualTo(page);
        }
    }

    @Test
    void everyPageCarriesTheCourseTitleAndCohortOfThePom() {
        String title = System.getProperty("course.title");
        String cohort = System.getProperty("course.cohort");
        assertThat(title).as("system property course.title (run the tests through ./mvnw)").isNotBlank();
        for (String page : SitePages.pages()) {
            Document document = SitePages.parse(page);
            assertThat(document.title()).as(page).endsWith(title);
            assertThat(document.select("header .course-title").text()).as(page).isEqualTo(title);
            assertThat(document.select("header .course-cohort").text()).as(page).isEqualTo(cohort);
            assertThat(document.select("details.sidebar .sidebar-course").text()).as(page).isEqualTo(title);
        }
        assertThat(SitePages.parse("index.html").select("h1").text()).isEqualTo(title);
    }

    @Test
    void crossReferencesCarryTheNumberAndTitleOfTheOutline() {
        int seen = 0;
        for (String page : SitePages.pages()) {
            // The links that authors wrote as lesson:name[] or lab:name[]: in the text, not in the navigation.
            for (Element link : SitePages.parse(page).select("main p a[href$=.html], main td a[href$=.html]")) {
                String target = resolve(page, link.attr("href"));
                for (Outline.Entry entry : outline.entries()) {
                    String label = outline.label(entry);
                    if (entry.page().equals(target)) {
                        assertThat(link.text()).as("a link to %s on %s", target, page)
                                .isIn(label, label + ": " + entry.title());
                        seen++;
                    }
                }
            }
        }
        assertThat(seen).as("cross-references on the site").isGreaterThan(10);
    }

    @Test
    void asciiDocIsRenderedInFullFidelity() throws IOException {
        String all = String.join("\n", SitePages.pages().stream().map(page -> SitePages.parse(page).html()).toList());
        assertThat(all).as("admonitions").contains("class=\"admonitionblock");
        assertThat(all).as("footnotes").contains("id=\"footnotes\"");
        assertThat(all).as("highlighted Java").containsPattern("<code[^>]*data-lang=\"java\"[^>]*>.*<span class=\"k");
        assertThat(all).as("callouts").contains("class=\"colist");
        assertThat(all).as("tables").contains("class=\"tableblock");
        for (String page : SitePages.pages()) {
            String text = SitePages.parse(page).select("main").text();
            assertThat(text).as("%s: nothing left unprocessed", page)
                    .doesNotContain("include::", "Unresolved directive", "{output-dir}", "{source-dir}")
                    .doesNotContainPattern("\\b(lesson|lab):[0-9][\\w.-]*\\[");
        }
    }

    /** A link's target, relative to the site's root, from the page it is on. */
    private static String resolve(String page, String href) {
        String path = URI.create(href).getPath();
        return SitePages.SITE.relativize(SitePages.SITE.resolve(page).getParent().resolve(path).normalize())
                .toString().replace('\\', '/');
    }

    @Test
    void everyJavaListingComesFromASourceFileOfItsModule() throws IOException {
        for (Outline.Entry entry : outline.readingOrder()) {
            String sources = allJavaSources(SitePages.ROOT.resolve(entry.folder()));
            List<Element> listings = SitePages.parse(entry.page()).select("pre code[data-lang=java]");
            for (Element listing : listings) {
                String text = listing.wholeText();
                assertThat(text).as("a Java listing of %s", entry.page()).isNotBlank();
                assertThat(sources).as("%s shows a Java listing that is in none of its sources:%n%s", entry.page(), text)
                        .contains(text);
            }
        }
    }

    @Test
    void everyLabPageShowsThePointsOfItsGradingFile() throws IOException {
        for (Outline.Entry lab : outline.labs()) {
            List<String> expected = new ArrayList<>();
            int total = 0;
            for (String line : Files.readAllLines(SitePages.ROOT.resolve(lab.folder()).resolve("grading.txt"))) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                expected.add(fields[0].strip() + " " + fields[1].strip());
                total += Integer.parseInt(fields[0].strip());
            }
            Document page = SitePages.parse(lab.page());
            Element section = page.selectFirst("div.sect1.lab-points");
            assertThat(section).as("a Points section on %s", lab.page()).isNotNull();
            assertThat(section.select("h2").text()).isEqualTo("Points");
            // Asciidoctor writes an apostrophe between letters as a typographic one (’).
            List<String> rows = section.select("table tbody tr").eachText().stream().map(row -> row.replace('’', '\'')).toList();
            assertThat(rows).as("the points on %s", lab.page()).containsExactlyElementsOf(expected);
            assertThat(section.text()).contains(total + " points", "bash labs/grade " + lab.folder());
        }
    }

    @Test
    void outputSamplesAreFilledFromRealRuns() {
        for (Outline.Entry entry : outline.lessons()) {
            Document page = SitePages.parse(entry.page());
            List<Element> outputs = page.select(".literalblock pre");
            assertThat(outputs).as("%s shows at least one output", entry.page()).isNotEmpty();
            for (Element output : outputs) {
                assertThat(output.text()).as("an output on %s", entry.page()).isNotBlank()
                        .doesNotContain("Unresolved directive");
            }
        }
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        // Links to sources (the JLS, JEPs, Javadoc) are welcome; what a page loads must come from the site.
        List<String> offenders = new ArrayList<>();
        for (String page : SitePages.pages()) {
            Document document = SitePages.parse(page);
            for (Element element : document.select("link[href]:not([rel~=(?i)^(alternate|canonical|next|prev|help|license|author)$])")) {
                check(offenders, page, element, "href");
            }
            for (Element element : document.select("[src], [srcset], [data], [poster], form[action]")) {
                for (String attribute : List.of("src", "srcset", "data", "poster", "action")) {
                    check(offenders, page, element, attribute);
                }
            }
            for (Element style : document.select("style, [style]")) {
                String css = style.tagName().equals("style") ? style.data() : style.attr("style");
                cssUrls(css).stream().filter(SitePagesTest::pointsElsewhere)
                        .forEach(url -> offenders.add(page + ": inline style loads " + url));
            }
        }
        try (Stream<Path> css = Files.walk(SitePages.SITE).filter(path -> path.toString().endsWith(".css"))) {
            for (Path file : css.toList()) {
                cssUrls(Files.readString(file)).stream().filter(SitePagesTest::pointsElsewhere)
                        .forEach(url -> offenders.add(SitePages.SITE.relativize(file) + ": loads " + url));
            }
        }
        assertThat(offenders).as("assets loaded from another host").isEmpty();
    }

    @Test
    void theCheckOfOtherHostsTellsLoadingFromLinking() {
        Document page = org.jsoup.Jsoup.parse("<link rel=stylesheet href=https://cdn.example/x.css>"
                + "<script src=//cdn.example/x.js></script><img src=https://example.org/a.png>"
                + "<a href=https://openjdk.org/jeps/444>JEP 444</a><link rel=next href=https://example.org/next>");
        List<String> offenders = new ArrayList<>();
        for (Element element : page.select("link[href]:not([rel~=(?i)^(alternate|canonical|next|prev|help|license|author)$])")) {
            check(offenders, "test.html", element, "href");
        }
        for (Element element : page.select("[src]")) {
            check(offenders, "test.html", element, "src");
        }
        assertThat(offenders).hasSize(3).noneMatch(offender -> offender.contains("openjdk.org"));
        assertThat(cssUrls("a { background: url('https://x.example/i.png') } @import \"//x.example/y.css\";"))
                .containsExactly("https://x.example/i.png", "//x.example/y.css");
    }

    @Test
    void furtherReadingLinksToItsSources() {
        for (Outline.Entry entry : outline.lessons()) {
            Document page = SitePages.parse(entry.page());
            Element heading = page.getElementById("further-reading");
            assertThat(heading).as("%s has a Further reading section", entry.page()).isNotNull();
            for (Element item : heading.parent().select("li")) {
                assertThat(item.select("a[href^=https://]")).as("%s: further reading \"%s\" links to its source",
                        entry.page(), item.text()).isNotEmpty();
            }
        }
    }

    private static void check(List<String> offenders, String page, Element element, String attribute) {
        String value = element.attr(attribute);
        for (String part : attribute.equals("srcset") ? value.split(",") : new String[] {value}) {
            String url = part.strip().split("\\s+")[0];
            if (!url.isEmpty() && pointsElsewhere(url)) {
                offenders.add(page + ": " + element.tagName() + " " + attribute + "=\"" + value + "\"");
            }
        }
    }

    private static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher url = Pattern.compile("(?:url\\(|@import)\\s*['\"]?([^'\")\\s;]+)").matcher(css);
        while (url.find()) {
            urls.add(url.group(1));
        }
        return urls;
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        for (String page : SitePages.pages()) {
            Document document = SitePages.parse(page);
            for (Element element : document.select("a[href], link[href], img[src], script[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (pointsElsewhere(target) || target.startsWith("mailto:")) {
                    continue;
                }
                URI uri = URI.create(target.replace(" ", "%20"));
                String path = uri.getPath();
                Path file = path == null || path.isEmpty() ? SitePages.SITE.resolve(page)
                        : SitePages.SITE.resolve(page).getParent().resolve(Parser.unescapeEntities(path, false)).normalize();
                if (!Files.isRegularFile(file)) {
                    broken.add(page + ": " + target + " (no such file)");
                    continue;
                }
                String fragment = uri.getFragment();
                if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
                    Document targetDocument = SitePages.parse(SitePages.SITE.relativize(file).toString());
                    if (targetDocument.getElementById(fragment) == null && targetDocument.select("a[name=" + fragment + "]").isEmpty()) {
                        broken.add(page + ": " + target + " (no element with id \"" + fragment + "\")");
                    }
                }
            }
        }
        assertThat(broken).as("broken internal links").isEmpty();
    }

    @Test
    void everyPageWithItsAssetsWeighsUnder300KB() throws IOException {
        for (String page : SitePages.pages()) {
            Document document = SitePages.parse(page);
            Path file = SitePages.SITE.resolve(page);
            long bytes = Files.size(file);
            for (Element asset : document.select("link[rel=stylesheet], img[src], script[src]")) {
                String target = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
                bytes += Files.size(file.getParent().resolve(target).normalize());
            }
            assertThat(bytes).as("%s with its assets, in bytes", page).isLessThan(300 * 1024);
        }
    }

    @Test
    void theSearchIndexCoversEveryLessonAndLabWithTheirSectionsAndListings() throws IOException {
        String index = Files.readString(SitePages.SITE.resolve("js/search-index.js"));
        assertThat(index).startsWith("/*").contains("window.COURSE_SEARCH = {pages: [");
        for (Outline.Entry entry : outline.readingOrder()) {
            assertThat(index).as("the search index").contains("[\"" + entry.page() + "\",\"" + outline.label(entry) + ": ");
        }
        assertThat(index).as("identifiers from listings").contains("countdownlatch", "newvirtualthreadpertaskexecutor");
        assertThat(index).as("section anchors").contains("\"further-reading\"");
        assertThat(SitePages.SITE.resolve("js/lunr.min.js")).as("lunr, unpacked from its webjar").isRegularFile();
        System.out.printf(java.util.Locale.US, "Search: index %,d bytes, lunr %,d bytes%n",
                Files.size(SitePages.SITE.resolve("js/search-index.js")), Files.size(SitePages.SITE.resolve("js/lunr.min.js")));
    }

    @Test
    void everyPageHasALanguageATitleAViewportAndOneMainLandmark() {
        for (String page : SitePages.pages()) {
            Document document = SitePages.parse(page);
            assertThat(document.select("html").attr("lang")).as(page).isEqualTo("en");
            assertThat(document.title()).as(page).isNotBlank();
            assertThat(document.select("meta[name=viewport]")).as(page).hasSize(1);
            assertThat(document.select("main")).as(page).hasSize(1);
            assertThat(document.select("h1")).as(page).hasSize(1);
        }
    }

    private static boolean pointsElsewhere(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.startsWith("//") || v.matches("^[a-z][a-z0-9+.-]*:.*") && !v.startsWith("mailto:") && !v.startsWith("data:");
    }

    private static String allJavaSources(Path module) throws IOException {
        if (!Files.isDirectory(module)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(module)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !module.relativize(path).toString().contains("target")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
