package course.build;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * A quick preview for authors: renders every page of the course with the same Asciidoctor settings as the
 * site, into site/target/preview, serves that folder on http://127.0.0.1:8000/, then renders a page again
 * within a second of its text being saved. The pages reload themselves in the browser. It shows the text,
 * the listings, the charts and the outputs last captured by ./mvnw site; the sidebar and the header come only
 * with the full site. (It replaces site:run, which answers HTTP 500 for Asciidoctor pages:
 * asciidoctor-maven-plugin issue 300.)
 *
 * <p>Arguments: the repository root, the site module's build directory, the course's title and cohort.
 * {@code --once} renders every page once and stops; {@code --port N} serves on another port.
 */
public final class Preview {

    private Preview() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Preview REPOSITORY_ROOT SITE_BUILD_DIRECTORY TITLE COHORT [--once] [--port N]");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        List<String> options = List.of(args).subList(4, args.length);
        boolean once = options.contains("--once");
        int port = 8000;
        int portAt = options.indexOf("--port");
        if (portAt >= 0) {
            try {
                port = Integer.parseInt(options.get(portAt + 1));
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                System.err.println("usage: --port N, N a port number such as 8000");
                System.exit(2);
            }
        }
        Path sources = target.resolve("preview-sources");
        Path preview = target.resolve("preview");
        Files.createDirectories(preview);
        HttpServer server = null;
        try {
            server = once ? null : serve(preview, port);
        } catch (BindException e) {
            System.err.println("Course preview: port " + port + " is taken; choose another: -Dpreview.args=\"--port 8001\"");
            System.exit(2);
        }
        String address = once ? preview.resolve("index.html").toUri().toString()
                : "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            Map<Path, Long> seen = new HashMap<>();
            boolean failed = false; // after a failed render, the next renders every page
            while (true) {
                List<Path> changed = new ArrayList<>();
                for (Path file : watched(root)) {
                    long modified;
                    try {
                        modified = Files.getLastModifiedTime(file).toMillis();
                    } catch (NoSuchFileException e) {
                        continue; // an editor saving by rename: the file is back at the next poll
                    }
                    Long before = seen.put(file, modified);
                    if (before == null || before.longValue() != modified) {
                        changed.add(root.relativize(file));
                    }
                }
                if (!changed.isEmpty()) {
                    long start = System.nanoTime();
                    // A change inside a lesson or lab renders its page again; any other change, every page.
                    List<String> only = failed ? null : new ArrayList<>();
                    for (Path file : only == null ? List.<Path>of() : changed) {
                        String path = file.toString().replace('\\', '/');
                        String[] parts = path.split("/");
                        if (seen.size() > changed.size() && parts.length > 2 && path.matches("(lessons|labs)/.*")) {
                            only.add(parts[0] + "/" + parts[1] + ".adoc");
                        } else {
                            only = null;
                            break;
                        }
                    }
                    try {
                        int pages = render(asciidoctor, root, target, sources, preview, args[2], args[3], once, only);
                        System.out.printf("Preview: %d pages in %.1f s: open %s%n", pages,
                                (System.nanoTime() - start) / 1e9, address);
                        failed = false;
                    } catch (BuildException | IOException e) {
                        // A mistake in a text being written: say so, and keep watching for its fix.
                        System.err.println("Course preview: " + e.getMessage());
                        if (once) {
                            System.exit(1);
                        }
                        failed = true;
                    }
                }
                if (once) {
                    return;
                }
                Thread.sleep(500); // polls the files: a watch service misses edits made through some editors' renames
            }
        } finally {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    /**
     * Serves the files of folder on 127.0.0.1 (port 0: any free port), a folder by its index.html, until
     * stopped. Only this machine can connect; nothing is cached, so a reload shows the page just rendered.
     */
    static HttpServer serve(Path folder, int port) throws IOException {
        Path base = folder.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            try {
                Path file = base.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                boolean head = exchange.getRequestMethod().equals("HEAD");
                if (!file.startsWith(base) || !Files.isRegularFile(file)
                        || !(head || exchange.getRequestMethod().equals("GET"))) {
                    byte[] body = "Not found\n".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                    exchange.sendResponseHeaders(404, head ? -1 : body.length);
                    exchange.getResponseBody().write(head ? new byte[0] : body);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", type(file));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    exchange.getResponseBody().write(body);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    /** Every file a page is made from: the outline, the home page, the texts and the files they include. */
    private static List<Path> watched(Path root) throws IOException {
        List<Path> files = new ArrayList<>(List.of(root.resolve(Outline.FILE), root.resolve("site/home.adoc")));
        for (String dir : List.of("lessons", "labs", "site/skin/src/main/resources/css")) {
            if (!Files.isDirectory(root.resolve(dir))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                walk.filter(path -> !path.toString().contains("/target/"))
                        .filter(path -> path.toString().matches(".*\\.(adoc|java|css)$")).forEach(files::add);
            }
        }
        return files;
    }

    static int render(Asciidoctor asciidoctor, Path root, Path target, Path sources, Path preview,
            String title, String cohort, boolean once, List<String> only) throws IOException, BuildException {
        Outline outline = Outline.read(root);
        CrossReferences.check(root, outline);
        PageWriter.write(root, outline, new PageWriter.Course(title, cohort, "preview"), sources,
                target.resolve("outputs"));
        // The charts' images, which PageWriter copies beside the pages' sources, go beside the pages.
        Path resources = sources.resolve("resources");
        for (String file : Digest.files(resources, relative -> true)) {
            Files.createDirectories(preview.resolve(file).getParent());
            Files.copy(resources.resolve(file), preview.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
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
