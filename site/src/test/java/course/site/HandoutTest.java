package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import course.build.Outline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the PDF handout (handout.pdf in the site): the whole course, in outline order, as text. */
class HandoutTest {

    private static final Path PDF = SitePages.SITE.resolve("handout.pdf");

    private static PDDocument document;

    private final Outline outline = SitePages.outline();

    @BeforeAll
    static void open() throws IOException {
        assertThat(PDF).as("the handout in the site").isRegularFile();
        document = Loader.loadPDF(PDF.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        if (document != null) {
            document.close();
        }
    }

    @Test
    void theCoverShowsTheCourseTitleAndCohortOfThePom() throws IOException {
        String cover = text(1, 1);
        assertThat(cover).contains(System.getProperty("course.title"), System.getProperty("course.cohort"));
    }

    @Test
    void theHomePageLinksToTheHandoutWithItsSize() {
        Element link = SitePages.parse("index.html").selectFirst("main a[href=handout.pdf]");
        assertThat(link).as("a link to handout.pdf on the home page").isNotNull();
        assertThat(link.text()).matches(".*\\(PDF, (\\d+ KB|\\d+\\.\\d MB)\\)");
    }

    @Test
    void theBookmarksAndTheChaptersFollowTheOutline() throws IOException {
        List<String> expected = new ArrayList<>(List.of("About this course"));
        outline.readingOrder().forEach(entry -> expected.add(title(entry)));
        // Before the chapters come the cover's and the table of contents' own bookmarks.
        List<String> bookmarks = new ArrayList<>();
        int previousPage = 0;
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            if (bookmarks.isEmpty() && !item.getTitle().equals(expected.get(0))) {
                continue;
            }
            bookmarks.add(item.getTitle());
            int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            assertThat(page).as("the page of chapter \"%s\"", item.getTitle()).isGreaterThan(previousPage);
            assertThat(text(page, page)).as("page %d", page).contains(item.getTitle());
            previousPage = page;
        }
        assertThat(bookmarks).containsExactlyElementsOf(expected);
    }

    @Test
    void everyOutlineTitleAppearsInOutlineOrderInTheTableOfContentsAndTheText() throws IOException {
        String all = text(1, document.getNumberOfPages());
        int contents = all.indexOf("Contents");
        assertThat(contents).as("a table of contents").isNotNegative();
        int tableAt = contents;
        int textAt = all.indexOf("About this course", all.indexOf(title(outline.readingOrder().getLast()), contents));
        assertThat(textAt).as("the introduction after the table of contents").isPositive();
        for (Outline.Entry entry : outline.readingOrder()) {
            tableAt = all.indexOf(title(entry), tableAt + 1);
            assertThat(tableAt).as("\"%s\" in the table of contents, in outline order", title(entry))
                    .isPositive().isLessThan(textAt);
            textAt = all.indexOf(title(entry), textAt + 1);
            assertThat(textAt).as("\"%s\" in the text, in outline order", title(entry)).isPositive();
        }
    }

    @Test
    void listingsAndOutputsAreTextFromTheSameSourcesAsTheSite() throws IOException {
        String all = text(1, document.getNumberOfPages());
        for (Outline.Entry entry : outline.readingOrder()) {
            List<Element> blocks = SitePages.parse(entry.page()).select("pre code[data-lang=java], .literalblock pre");
            int checked = 0;
            for (Element block : blocks) {
                for (String line : block.wholeText().split("\n")) {
                    String words = line.replaceAll("\\(\\d+\\)\\s*$", "").strip().replaceAll("\\s+", " ");
                    // Lines short enough not to wrap, and long enough to say something.
                    if (words.length() >= 12 && words.length() <= 60) {
                        assertThat(all).as("a line of a listing or an output of %s, as text in the handout", entry.page())
                                .contains(words);
                        checked++;
                        break;
                    }
                }
            }
            if (entry.isLesson()) {
                assertThat(checked).as("lines of listings and outputs of %s found in the handout", entry.page()).isPositive();
            }
        }
    }

    @Test
    void noListingIsAnImage() throws IOException {
        long images = 0;
        for (PDPage page : document.getPages()) {
            images += images(page.getResources());
        }
        long imagesInTexts = 0;
        for (Outline.Entry entry : outline.readingOrder()) {
            imagesInTexts += Files.readString(SitePages.ROOT.resolve(entry.folder()).resolve(entry.textFile()))
                    .lines().filter(line -> line.startsWith("image::")).count();
        }
        assertThat(images).as("images in the handout: at most the figures its texts show").isLessThanOrEqualTo(imagesInTexts);
    }

    @Test
    void crossReferencesStayInsideTheHandout() throws IOException {
        int internal = 0;
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    if (link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).as("a link to another document").matches("(https?|mailto):.*");
                    } else {
                        internal++;
                    }
                }
            }
        }
        assertThat(internal).as("links to chapters (the table of contents and lesson:/lab: references)")
                .isGreaterThanOrEqualTo(outline.readingOrder().size());
    }

    private String title(Outline.Entry entry) {
        return outline.label(entry) + ": " + entry.title();
    }

    /** The text of pages first to last (1-based), with runs of white space as one space. */
    private static String text(int first, int last) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static long images(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        long count = 0;
        for (COSName name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                count++;
            } else if (object instanceof PDFormXObject form) {
                count += images(form.getResources());
            }
        }
        return count;
    }
}
