package course.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs the programs a module lists in its runs.properties and saves what they print, so that every
 * output shown on the site comes from a real run of the code of this build.
 */
final class OutputCapture {

    static final String RUNS_FILE = "runs.properties";
    private static final long TIMEOUT_SECONDS = 120;

    private OutputCapture() {
    }

    /** Captures every run of one module into outputDir/NAME.txt. */
    static void capture(Path root, Outline.Entry entry, Path outputDir) throws BuildException {
        Path module = root.resolve(entry.folder());
        Path runsFile = module.resolve(RUNS_FILE);
        if (!Files.isRegularFile(runsFile)) {
            return;
        }
        String where = entry.folder() + "/" + RUNS_FILE;
        Properties runs = new Properties();
        try (Reader reader = Files.newBufferedReader(runsFile)) {
            runs.load(reader);
        } catch (IOException e) {
            throw new BuildException(where + " cannot be read: " + e.getMessage());
        }
        Path classes = module.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new BuildException(entry.folder() + "/target/classes is missing: build the whole course"
                    + " (./mvnw package) before the site, not the site module alone");
        }
        for (String name : runs.stringPropertyNames().stream().sorted().toList()) {
            if (name.endsWith(".exit")) {
                continue;
            }
            if (!name.matches("[a-z0-9-]+")) {
                throw new BuildException(where + ": \"" + name + "\" is not a valid run name (use a-z, 0-9 and -)");
            }
            List<String> words = List.of(runs.getProperty(name).trim().split("\\s+"));
            int expectedExit = Integer.parseInt(runs.getProperty(name + ".exit", "0").trim());
            run(where, name, module, classes, words, expectedExit, outputDir.resolve(name + ".txt"));
        }
    }

    private static void run(String where, String name, Path module, Path classes, List<String> words,
            int expectedExit, Path output) throws BuildException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java")); // the JDK 25 running this tool
        command.addAll(List.of("-XX:+UseSerialGC", "-cp", classes.toString()));
        command.addAll(words);
        try {
            Files.createDirectories(output.getParent());
            Process process = new ProcessBuilder(command).directory(module.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BuildException(where + ": run \"" + name + "\" did not end within " + TIMEOUT_SECONDS + " s");
            }
            int exit = process.exitValue();
            if (exit != expectedExit) {
                throw new BuildException(where + ": run \"" + name + "\" (" + String.join(" ", words) + ") exited with "
                        + exit + ", expected " + expectedExit + "; it printed:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new BuildException(where + ": run \"" + name + "\" could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException(where + ": interrupted while running \"" + name + "\"");
        }
    }
}
