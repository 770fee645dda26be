package course.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Maven run for several labs or lessons (not one a lab): Maven resolves each module's test class path
 * (maven-dependency-plugin's build-classpath, into {@code target/<file>}) after the goals asked for, e.g.
 * test-compile. With --fail-at-end a module that does not build does not stop the others: it has no class path.
 */
final class LabBuild {

    private LabBuild() {
    }

    /** Each module's libraries (its test class path without its own classes), or nothing if it did not build. */
    static Map<String, Optional<List<Path>>> classPaths(Path root, List<String> modules, List<String> goals,
            String classPathFile, Path log) throws IOException, InterruptedException {
        for (String module : modules) {
            Files.deleteIfExists(root.resolve(module).resolve("target").resolve(classPathFile));
        }
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        List<String> command = new ArrayList<>(List.of(root.resolve(windows ? "mvnw.cmd" : "mvnw").toString(),
                "-q", "-B", "--fail-at-end", "-pl", String.join(",", modules)));
        command.addAll(goals);
        command.addAll(List.of("dependency:build-classpath", "-Dmdep.includeScope=test",
                "-Dmdep.outputFile=target/" + classPathFile));
        Files.createDirectories(log.getParent());
        new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullFile(windows)))
                .redirectOutput(log.toFile()).start().waitFor();
        Map<String, Optional<List<Path>>> paths = new LinkedHashMap<>();
        for (String module : modules) {
            Path file = root.resolve(module).resolve("target").resolve(classPathFile);
            paths.put(module, Files.isRegularFile(file)
                    ? Optional.of(split(Files.readString(file, StandardCharsets.UTF_8)))
                    : Optional.empty());
        }
        return paths;
    }

    static List<Path> split(String classPath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.strip().split(Pattern.quote(File.pathSeparator))) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    /** A module's own test JVM options: the test.jvm.args of its pom.xml (one carrier thread, a small heap). */
    static String testJvmArgs(Path pom) throws IOException {
        Matcher matcher = Pattern.compile("<test\\.jvm\\.args>([^<]*)</test\\.jvm\\.args>")
                .matcher(Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", ""));
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    private static File nullFile(boolean windows) {
        return new File(windows ? "NUL" : "/dev/null");
    }
}
