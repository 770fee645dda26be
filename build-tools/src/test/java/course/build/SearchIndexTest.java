package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path site;

    private void page(String file, String main) throws IOException {
        Files.createDirectories(site.resolve(file).getParent());
        Files.writeString(site.resolve(file), "<!DOCTYPE html><html lang=\"en\"><head><title>t</title>"
                + "<script>var skipped = 1;</script></head><body><header>Site header</header>"
                + "<main id=\"content\">" + main + "</main></body></html>");
    }

    @Test
    void everyPageWithItsSectionsAnchorsAndListingWords() throws Exception {
        page("lessons/alpha.html", "<h1>Lesson 1: Alpha &amp; more</h1>"
                + "<nav class=\"course-nav\"><a href=\"x\">Previous: Nowhere</a></nav>"
                + "<p>Threads sleep.</p>"
                + "<h2 id=\"waiting\"><a class=\"link\" href=\"#waiting\">Waiting</a></h2>"
                + "<div class=\"listingblock\"><pre><code><span class=\"n\">CountDownLatch</span>"
                + "<span class=\"o\">.</span><span class=\"na\">await</span>()</code></pre></div>"
                + "<div class=\"sect2\"><h3 id=\"further-reading\">Further reading</h3><p>The JLS.</p></div>");
        page("labs/beta.html", "<h1>Lab 1: Beta</h1><p>newVirtualThreadPerTaskExecutor</p>"
                + "<h2 id=\"points\">Points</h2><p>Ten points.</p>");

        String index = SearchIndex.build(site);

        assertThat(index).startsWith("/*").contains("window.COURSE_SEARCH = {pages: [\n"
                + "[\"lessons/alpha.html\",\"Lesson 1: Alpha & more\"],\n"
                + "[\"labs/beta.html\",\"Lab 1: Beta\"]\n], sections: [\n");
        // The lists of lessons and labs are read in that order: lessons are page 0 here.
        assertThat(index).contains("[0,\"\",\"\",\"threads sleep\"]",
                "[0,\"waiting\",\"Waiting\",\"waiting countdownlatch await\"]",
                "[0,\"further-reading\",\"Further reading\",\"further reading jls\"]",
                "[1,\"\",\"\",\"newvirtualthreadpertaskexecutor\"]",
                "[1,\"points\",\"Points\",\"points points ten\"]");
        assertThat(index).as("the previous/next links, scripts and the title are not searched")
                .doesNotContain("nowhere", "skipped", "header");
        assertThat(index).endsWith("\n]};\n");
    }

    @Test
    void aPageWithoutItsMainElementStopsTheBuild() throws Exception {
        Files.createDirectories(site.resolve("lessons"));
        Files.writeString(site.resolve("lessons/alpha.html"), "<html><body><p>No main.</p></body></html>");

        assertThatThrownBy(() -> SearchIndex.build(site)).isInstanceOf(BuildException.class)
                .hasMessageContaining("lessons/alpha.html has no <main id=\"content\">");
    }

    @Test
    void wordsAreLowerCaseWithoutStopWordsNumbersOrTooManyRepeats() {
        assertThat(SearchIndex.words("The pool and the Pool pool POOL pool of 25 threads x"))
                .isEqualTo("pool pool pool pool threads");
    }
}
