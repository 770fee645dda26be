package course.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The last step of the course site, after maven-site-plugin has rendered the pages into site-staging: puts the
 * PDF handout into it (and keeps the key of a newly rendered PDF next to it, see {@link Handout}), writes the
 * search index, and only then moves site-staging to site. A page that fails to render (a broken include is an
 * Asciidoctor warning, and the site fails on warnings) stops the build before this step, so target/site is
 * either a whole site or absent, never half built.
 *
 * <p>Usage: {@code SiteFinish <site module's build directory>}.
 */
public final class SiteFinish {

    static final String STAGING = "site-staging";

    private SiteFinish() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SiteFinish SITE_BUILD_DIRECTORY");
            System.exit(2);
        }
        try {
            Path site = finish(Path.of(args[0]).toAbsolutePath().normalize());
            System.out.printf(Locale.US, "Course site: %s%n", site.resolve("index.html"));
        } catch (BuildException e) {
            System.err.println("Course site: " + e.getMessage());
            System.exit(1);
        }
    }

    static Path finish(Path target) throws BuildException {
        Path staging = target.resolve(STAGING);
        Path site = target.resolve("site");
        try {
            if (!Files.isRegularFile(staging.resolve("index.html"))) {
                throw new BuildException(staging + " has no index.html: maven-site-plugin rendered no site");
            }
            Path kept = target.resolve(Handout.NAME);
            Path newKey = target.resolve(Handout.NAME + "-sources").resolve(Handout.NAME + ".key");
            if (Files.isRegularFile(newKey)) { // rendered just now: keep its key beside it
                Files.copy(newKey, kept.resolve(newKey.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(kept.resolve(Handout.PDF), staging.resolve(Handout.PDF), StandardCopyOption.REPLACE_EXISTING);
            Path index = staging.resolve("js/search-index.js");
            Files.createDirectories(index.getParent());
            Files.writeString(index, SearchIndex.build(staging), StandardCharsets.UTF_8);
            SiteSources.delete(site);
            Files.move(staging, site);
            return site;
        } catch (IOException e) {
            throw new BuildException("cannot finish the site in " + target + ": " + e.getMessage());
        }
    }
}
