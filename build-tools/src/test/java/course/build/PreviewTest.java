package course.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview's server: what the README tells authors to open. */
class PreviewTest {

    @TempDir
    Path dir;

    @Test
    void servesTheRenderedPagesOverHttpOnThisMachineOnly() throws Exception {
        Path preview = Files.createDirectories(dir.resolve("preview/lessons"));
        Files.writeString(dir.resolve("preview/index.html"), "<h1>Table of contents</h1>");
        Files.writeString(preview.resolve("alpha.html"), "<h1>Lesson 1: Alpha</h1>");
        Files.writeString(dir.resolve("secret.txt"), "outside the preview");

        HttpServer server = Preview.serve(dir.resolve("preview"), 0);
        try {
            assertThat(server.getAddress().getAddress().isLoopbackAddress()).isTrue();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> home = get(client, base + "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Table of contents");
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");

            HttpResponse<String> page = get(client, base + "/lessons/alpha.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Lesson 1: Alpha");

            assertThat(get(client, base + "/lessons/missing.html").statusCode()).isEqualTo(404);
            assertThat(get(client, base + "/%2e%2e/secret.txt").statusCode()).isEqualTo(404);
        } finally {
            server.stop(0);
        }
    }

    private static HttpResponse<String> get(HttpClient client, String address) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The preview renders a tiny course with Asciidoctor, and its server shows the page. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void rendersATinyCourseAndServesItsPages() throws Exception {
        write("site/outline.txt", "lessons/alpha | Alpha | The first lesson.\n");
        write("site/home.adoc", "Welcome to the course.\n");
        write("site/skin/src/main/resources/css/course.css", "body {}\n");
        write("lessons/alpha/lesson.adoc", "== Waiting\n\nThreads wait with `CountDownLatch`.\n");
        Path target = dir.resolve("site/target");

        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            int pages = Preview.render(asciidoctor, dir, target, target.resolve("preview-sources"),
                    target.resolve("preview"), "Threads", "Spring", false, null);
            assertThat(pages).isEqualTo(2);
        }
        HttpServer server = Preview.serve(target.resolve("preview"), 0);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = get(client, base + "/lessons/alpha.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Lesson 1: Alpha", "id=\"waiting\"", "CountDownLatch", "../css/course.css");
            assertThat(get(client, base + "/css/course.css").statusCode()).isEqualTo(200);
            assertThat(get(client, base + "/").body()).contains("Welcome to the course.");
        } finally {
            server.stop(0);
        }
    }

    private void write(String file, String text) throws Exception {
        TestFiles.write(dir, file, text);
    }
}
