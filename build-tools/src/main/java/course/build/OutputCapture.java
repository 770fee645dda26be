package course.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the programs a module lists in its runs.properties and saves what they print, so that every output
 * shown on the site comes from a real run of the code of this build.
 *
 * <p>runs.properties: {@code NAME = [JVM options] MAIN_CLASS [ARGS]}, and optionally {@code NAME.exit = CODE}
 * (the exit code the run must end with, 0 by default) and {@code NAME.alone = true} for a run that measures
 * time: it runs with nothing else running. The other runs share the machine, a few at a time.
 *
 * <p>A run's arguments may name {@code {output-dir}}, the folder of the module's outputs: a program that writes
 * data besides what it prints (for example {@code --csv {output-dir}/speedup-data.txt}) writes it there, next
 * to its output, and the pages and charts read it from there like any output.
 *
 * <p>An output is kept, not run again, while nothing it came from has changed: the module's compiled
 * classes, its scripts in other languages (src/main/python), the run's line and the JDK. A clean build runs
 * everything.
 */
final class OutputCapture {

    static final String RUNS_FILE = "runs.properties";
    /** Written in a run's arguments, it stands for the folder its output goes to. */
    static final String OUTPUT_DIR = "{output-dir}";
    /** Sources a program may run that are not compiled into its classes, such as a Python script. */
    static final List<String> SCRIPT_FOLDERS = List.of("src/main/python");
    private static final long TIMEOUT_SECONDS = 180;

    private OutputCapture() {
    }

    /** One program to run, and where its output goes. */
    record Run(String where, String name, Path module, Path classes, List<String> words, int expectedExit,
            boolean alone, Path output) {
    }

    /** Captures every run of every module of the outline into outputsDir/FOLDER/NAME.txt. */
    static void captureAll(Path root, Outline outline, Path outputsDir) throws BuildException {
        List<Run> runs = new ArrayList<>();
        for (Outline.Entry entry : outline.entries()) {
            runs.addAll(runs(root, entry, outputsDir.resolve(entry.folder())));
        }
        List<Run> stale = new ArrayList<>();
        for (Run run : runs) {
            if (!key(run).equals(savedKey(run))) {
                stale.add(run);
            }
        }
        if (!stale.isEmpty()) {
            System.out.println("Course site: capturing " + stale.size() + " of " + runs.size()
                    + " outputs (the others are unchanged since they were captured)");
        }
        // Runs that measure time run one at a time, alone; the others share the machine.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Void>> shared = new ArrayList<>();
            for (Run run : stale) {
                if (!run.alone()) {
                    shared.add(pool.submit(() -> {
                        run(run);
                        return null;
                    }));
                }
            }
            for (Future<Void> future : shared) {
                waitFor(future);
            }
            for (Run run : stale) {
                if (run.alone()) {
                    run(run);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void waitFor(Future<Void> future) throws BuildException {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BuildException problem) {
                throw problem;
            }
            throw new BuildException("capturing an output failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted while capturing outputs");
        }
    }

    /** The runs one module lists. */
    static List<Run> runs(Path root, Outline.Entry entry, Path outputDir) throws BuildException {
        Path module = root.resolve(entry.folder());
        Path runsFile = module.resolve(RUNS_FILE);
        if (!Files.isRegularFile(runsFile)) {
            return List.of();
        }
        String where = entry.folder() + "/" + RUNS_FILE;
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(runsFile)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new BuildException(where + " cannot be read: " + e.getMessage());
        }
        Path classes = module.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new BuildException(entry.folder() + "/target/classes is missing: build the site from the"
                    + " repository's folder with ./mvnw site, which compiles every lesson first");
        }
        List<Run> runs = new ArrayList<>();
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            if (name.endsWith(".exit") || name.endsWith(".alone")) {
                continue;
            }
            if (!name.matches("[a-z0-9-]+")) {
                throw new BuildException(where + ": \"" + name + "\" is not a valid run name (use a-z, 0-9 and -)");
            }
            List<String> words = List.of(properties.getProperty(name).trim().split("\\s+"));
            int expectedExit;
            try {
                expectedExit = Integer.parseInt(properties.getProperty(name + ".exit", "0").trim());
            } catch (NumberFormatException e) {
                throw new BuildException(where + ": " + name + ".exit must be a number, not \""
                        + properties.getProperty(name + ".exit") + "\"");
            }
            boolean alone = Boolean.parseBoolean(properties.getProperty(name + ".alone", "false").trim());
            runs.add(new Run(where, name, module, classes, words, expectedExit, alone, outputDir.resolve(name + ".txt")));
        }
        return runs;
    }

    private static void run(Run run) throws BuildException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of("-XX:+UseSerialGC", "-cp", run.classes().toString()));
        for (String word : run.words()) {
            command.add(word.replace(OUTPUT_DIR, run.output().getParent().toString()));
        }
        String name = run.name();
        try {
            Files.createDirectories(run.output().getParent());
            Files.deleteIfExists(keyFile(run));
            for (Path file : files(run)) {
                Files.deleteIfExists(file);
            }
            Process process = new ProcessBuilder(command).directory(run.module().toFile()).redirectErrorStream(true)
                    .redirectOutput(run.output().toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BuildException(run.where() + ": run \"" + name + "\" did not end within " + TIMEOUT_SECONDS + " s");
            }
            int exit = process.exitValue();
            if (exit != run.expectedExit()) {
                throw new BuildException(run.where() + ": run \"" + name + "\" (" + String.join(" ", run.words())
                        + ") exited with " + exit + ", expected " + run.expectedExit() + "; it printed:\n"
                        + Files.readString(run.output(), StandardCharsets.UTF_8));
            }
            Files.writeString(keyFile(run), key(run));
        } catch (IOException e) {
            throw new BuildException(run.where() + ": run \"" + name + "\" could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException(run.where() + ": interrupted while running \"" + name + "\"");
        }
    }

    /** The JDK 25 running this tool. */
    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path keyFile(Run run) {
        return run.output().resolveSibling(run.name() + ".key");
    }

    /** The files a run writes besides its output: the arguments that start with {output-dir}/. */
    static List<Path> files(Run run) {
        return run.words().stream().filter(word -> word.startsWith(OUTPUT_DIR + "/"))
                .map(word -> run.output().resolveSibling(word.substring(OUTPUT_DIR.length() + 1))).toList();
    }

    private static String savedKey(Run run) {
        try {
            boolean all = Files.isRegularFile(run.output()) && files(run).stream().allMatch(Files::isRegularFile);
            return all ? Files.readString(keyFile(run)) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * A digest of everything an output depends on: the JDK, the run's line, the module's classes and its
     * scripts.
     */
    static String key(Run run) throws BuildException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((java() + "\n" + Runtime.version() + "\n" + run.words() + "\n" + run.expectedExit() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digestFolder(digest, run.classes(), "");
            for (String folder : SCRIPT_FOLDERS) {
                digestFolder(digest, run.module().resolve(folder), folder + "/");
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BuildException(run.where() + ": cannot read " + run.classes() + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Adds every file under folder, by name and content, to the digest; a missing folder adds nothing. */
    private static void digestFolder(MessageDigest digest, Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update((prefix + folder.relativize(file).toString().replace('\\', '/')).getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
    }
}
