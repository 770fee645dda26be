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
    void noAssetOrLinkPointsAtAnotherHost() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String page : SitePages.pages()) {
            for (Element element : SitePages.parse(page).select("[href], [src], [srcset], [action], [data]")) {
                for (String attribute : List.of("href", "src", "srcset", "action", "data")) {
                    String value = element.attr(attribute);
                    if (!value.isEmpty() && pointsElsewhere(value)) {
                        offenders.add(page + ": " + element.tagName() + " " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        try (Stream<Path> css = Files.walk(SitePages.SITE).filter(path -> path.toString().endsWith(".css"))) {
            for (Path file : css.toList()) {
                Matcher url = Pattern.compile("(?:url\\(|@import)\\s*['\"]?([^'\")\\s;]+)").matcher(Files.readString(file));
                while (url.find()) {
                    if (pointsElsewhere(url.group(1))) {
                        offenders.add(SitePages.SITE.relativize(file) + ": " + url.group());
                    }
                }
            }
        }
        assertThat(offenders).as("links and assets that leave the site").isEmpty();
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
