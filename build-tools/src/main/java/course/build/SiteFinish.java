package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Last touches on the rendered pages that AsciiDoc cannot express: code and output blocks that may
 * scroll sideways get tabindex="0", so that keyboard users can scroll them too.
 *
 * <p>Argument: the rendered site's directory.
 */
public final class SiteFinish {

    private SiteFinish() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        if (!Files.isDirectory(site)) {
            System.err.println("Course site: " + site + " does not exist: the pages were not rendered");
            System.exit(1);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(path -> path.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Files.writeString(page, finish(Files.readString(page)));
        }
    }

    static String finish(String html) {
        return html.replace("<pre class=\"", "<pre tabindex=\"0\" class=\"").replace("<pre>", "<pre tabindex=\"0\">");
    }
}
