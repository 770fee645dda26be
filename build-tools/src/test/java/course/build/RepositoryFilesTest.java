package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's files that no build step reads: the dev container (Codespaces, VS Code Dev Containers) and the
 * GitHub workflows. The tests run in build-tools, one folder below the repository's root.
 */
class RepositoryFilesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path DEV_CONTAINER = ROOT.resolve(".devcontainer/devcontainer.json");
    private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");

    private static final Pattern USES = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)\\s*(#.*)?$");
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");

    @Test
    void theDevContainerIsStrictJsonAndInstallsTheCoursesJdk() throws IOException {
        JsonObject container = strictJson(Files.readString(DEV_CONTAINER)).getAsJsonObject();

        JsonObject features = container.getAsJsonObject("features");
        List<String> javaVersions = features.keySet().stream()
                .filter(feature -> feature.startsWith("ghcr.io/devcontainers/features/java:"))
                .map(feature -> features.getAsJsonObject(feature).get("version").getAsString())
                .toList();
        assertThat(javaVersions).as("the Java feature's version in " + DEV_CONTAINER)
                .containsExactly(javaRelease());
    }

    @Test
    void theDevContainerInstallsDebiansChromiumForTheSitesBrowserChecks() throws IOException {
        JsonObject container = strictJson(Files.readString(DEV_CONTAINER)).getAsJsonObject();

        assertThat(container.get("postCreateCommand").getAsString()).contains("apt-get install", " chromium");
        assertThat(container.getAsJsonObject("customizations").getAsJsonObject("vscode").getAsJsonArray("extensions"))
                .extracting(JsonElement::getAsString).contains("vscjava.vscode-java-pack");
    }

    @Test
    void theJsonCheckIsStrict() {
        assertThatThrownBy(() -> strictJson("{ // a comment\n \"a\": 1 }")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> strictJson("{ \"a\": 1, }")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> strictJson("{ \"a\": 1 } {}")).isInstanceOf(AssertionError.class);
    }

    @Test
    void everyActionIsPinnedByItsCommitWithTheVersionInAComment() throws IOException {
        List<String> unpinned = new ArrayList<>();
        for (Path workflow : workflows()) {
            List<String> lines = Files.readAllLines(workflow);
            for (int i = 0; i < lines.size(); i++) {
                Matcher uses = USES.matcher(lines.get(i));
                if (!uses.matches() || uses.group(1).startsWith("./")) {
                    continue;
                }
                String action = uses.group(1);
                boolean pinned = PINNED.matcher(action).matches() && uses.group(2) != null
                        && uses.group(2).matches("#\\s*v\\d.*");
                if (!pinned) {
                    unpinned.add(ROOT.relativize(workflow) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(unpinned).as("actions not pinned as owner/name@<40-hex commit> # vX.Y.Z").isEmpty();
    }

    @Test
    void everyWorkflowLimitsItsTokenAndNoneRunsOnPullRequestTarget() throws IOException {
        for (Path workflow : workflows()) {
            String text = Files.readString(workflow);
            assertThat(text).as(workflow + ": a top-level permissions: block").containsPattern("(?m)^permissions:");
            assertThat(text).as(workflow.toString()).doesNotContain("pull_request_target");
        }
    }

    private static JsonElement strictJson(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element = JsonParser.parseReader(reader);
        try {
            assertThat(reader.peek()).as("nothing after the JSON value").isEqualTo(JsonToken.END_DOCUMENT);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return element;
    }

    private static String javaRelease() throws IOException {
        Matcher release = Pattern.compile("<java.release>(\\d+)</java.release>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(release.find()).as("<java.release> in pom.xml").isTrue();
        return release.group(1);
    }

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            List<Path> workflows = files.filter(file -> file.toString().matches(".*\\.ya?ml")).sorted().toList();
            assertThat(workflows).as("workflows in " + WORKFLOWS).isNotEmpty();
            return workflows;
        }
    }
}
