package course.site;

import course.build.BuildException;
import course.build.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Where the built site and the course's sources are, for the site's tests. */
final class SitePages {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path SITE = Path.of("target/site").toAbsolutePath();

    private SitePages() {
    }

    static Outline outline() {
        try {
            return Outline.read(ROOT);
        } catch (BuildException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Every HTML page of the built site, relative to its root: index.html, lessons/sleepers.html, ... */
    static List<String> pages() {
        try (Stream<Path> files = Files.walk(SITE)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> SITE.relativize(path).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the site is not built: run ./mvnw package first", e);
        }
    }

    static Document parse(String page) {
        Path file = SITE.resolve(page);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(page + " is missing from the site", e);
        }
    }
}
