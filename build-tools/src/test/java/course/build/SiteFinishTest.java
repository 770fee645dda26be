package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFinishTest {

    @TempDir
    Path target;

    private void write(String file, String text) throws IOException {
        TestFiles.write(target, file, text);
    }

    @Test
    void theRenderedPagesBecomeTheSiteWithTheHandoutAndTheIndex() throws Exception {
        write("site-staging/index.html", "<html><body><main><h1>Course</h1></main></body></html>");
        write("site-staging/lessons/alpha.html", "<html><head><title>Alpha</title></head><body><main id=\"content\"><h1>Alpha</h1>"
                + "<h2 id=\"s\">Start</h2><p>CountDownLatch</p></main></body></html>");
        write("handout/handout.pdf", "%PDF");
        write("handout-sources/handout.key", "new key");
        write("site/old.html", "from an earlier build");

        Path site = SiteFinish.finish(target);

        assertThat(site).isEqualTo(target.resolve("site"));
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(site.resolve("handout.pdf")).hasContent("%PDF");
        assertThat(site.resolve("js/search-index.js")).content().contains("countdownlatch");
        assertThat(target.resolve("handout/handout.key")).hasContent("new key");
        assertThat(target.resolve(SiteFinish.STAGING)).doesNotExist();
    }

    @Test
    void noRenderedPagesIsAClearMessageAndLeavesNoSite() throws Exception {
        write("handout/handout.pdf", "%PDF");

        assertThatThrownBy(() -> SiteFinish.finish(target)).isInstanceOf(BuildException.class)
                .hasMessageContaining("rendered no site");
        assertThat(target.resolve("site")).doesNotExist();
    }
}
