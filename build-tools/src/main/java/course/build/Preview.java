package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * A quick preview for authors: renders every page of the course with the same Asciidoctor settings as the
 * site, into site/target/preview, then renders a page again within a second of its text being saved. The
 * pages reload themselves in the browser. It shows the text, the listings and the outputs last captured
 * by ./mvnw site; the sidebar and the header come only with the full site.
 *
 * <p>Arguments: the repository root, the site module's build directory, the course's title and cohort.
 * {@code --once} renders every page once and stops.
 */
public final class Preview {

    private Preview() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Preview REPOSITORY_ROOT SITE_BUILD_DIRECTORY TITLE COHORT [--once]");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        boolean once = args.length > 4 && args[4].equals("--once");
        Path sources = target.resolve("preview-sources");
        Path preview = target.resolve("preview");
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            Map<Path, Long> seen = new HashMap<>();
            while (true) {
                List<Path> changed = new ArrayList<>();
                for (Path file : watched(root)) {
                    long modified = Files.getLastModifiedTime(file).toMillis();
                    Long before = seen.put(file, modified);
                    if (before == null || before.longValue() != modified) {
                        changed.add(root.relativize(file));
                    }
                }
                if (!changed.isEmpty()) {
                    long start = System.nanoTime();
                    // A change inside a lesson or lab renders its page again; any other change, every page.
                    List<String> only = new ArrayList<>();
                    for (Path file : changed) {
                        String path = file.toString().replace('\\', '/');
                        String[] parts = path.split("/");
                        if (seen.size() > changed.size() && parts.length > 2 && path.matches("(lessons|labs)/.*")) {
                            only.add(parts[0] + "/" + parts[1] + ".adoc");
                        } else {
                            only = null;
                            break;
                        }
                    }
                    int pages = render(asciidoctor, root, target, sources, preview, args[2], args[3], once, only);
                    System.out.printf("Preview: %d pages in %.1f s: open %s%n", pages,
                            (System.nanoTime() - start) / 1e9, preview.resolve("index.html").toUri());
                }
                if (once) {
                    return;
                }
                Thread.sleep(500); // polls the files: a watch service misses edits made through some editors' renames
            }
        } catch (BuildException e) {
            System.err.println("Course preview: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Every file a page is made from: the outline, the home page, the texts and the files they include. */
    private static List<Path> watched(Path root) throws IOException {
        List<Path> files = new ArrayList<>(List.of(root.resolve(Outline.FILE), root.resolve("site/home.adoc")));
        for (String dir : List.of("lessons", "labs", "site/skin/src/main/resources/css")) {
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                walk.filter(path -> !path.toString().contains("/target/"))
                        .filter(path -> path.toString().matches(".*\\.(adoc|java|css)$")).forEach(files::add);
            }
        }
        return files;
    }

    private static int render(Asciidoctor asciidoctor, Path root, Path target, Path sources, Path preview,
            String title, String cohort, boolean once, List<String> only) throws IOException, BuildException {
        Outline outline = Outline.read(root);
        CrossReferences.check(root, outline);
        PageWriter.write(root, outline, new PageWriter.Course(title, cohort, "preview"), sources,
                target.resolve("outputs"));
        Path css = preview.resolve("css");
        Files.createDirectories(css);
        try (Stream<Path> files = Files.list(root.resolve("site/skin/src/main/resources/css"))) {
            for (Path file : files.toList()) {
                Files.copy(file, css.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(sources.resolve("asciidoc"))) {
            pages = walk.filter(path -> path.toString().endsWith(".adoc")).sorted()
                    .filter(path -> only == null || only.contains(
                            sources.resolve("asciidoc").relativize(path).toString().replace('\\', '/')))
                    .toList();
        }
        for (Path page : pages) {
            String relative = sources.resolve("asciidoc").relativize(page).toString().replace('\\', '/');
            String up = "../".repeat(relative.split("/").length - 1);
            Attributes attributes = Attributes.builder()
                    .attribute("course-title", title).attribute("course-cohort", cohort)
                    .attribute("course-root", root.toString()).attribute("lang", "en")
                    .attribute("source-highlighter", "rouge").attribute("rouge-css", "class")
                    .attribute("sectlinks", "").attribute("idprefix", "").attribute("idseparator", "-")
                    .attribute("linkcss", "").attribute("stylesdir", up + "css").attribute("stylesheet", "course.css")
                    .attribute("webfonts!", "").attribute("nofooter", "")
                    .attribute("docinfo", "shared").build();
            String html = asciidoctor.convertFile(page.toFile(), Options.builder().safe(SafeMode.UNSAFE)
                    .backend("html5").standalone(true).toFile(false).attributes(attributes).build());
            html = html.replace("</head>", "<link rel=\"stylesheet\" href=\"" + up + "css/rouge-github.css\">\n"
                    + (once ? "" : "<meta http-equiv=\"refresh\" content=\"2\">\n") + "</head>");
            Path out = preview.resolve(relative.replaceAll("\\.adoc$", ".html"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, html);
        }
        return pages.size();
    }
}
