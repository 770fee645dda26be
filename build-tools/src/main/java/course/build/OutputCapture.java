package course.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the programs a module lists in its runs.properties and saves what they print, so that every output
 * shown on the site comes from a real run of the code of this build.
 *
 * <p>runs.properties: {@code NAME = [JVM options] MAIN_CLASS [ARGS]}, and optionally {@code NAME.exit = CODE}
 * (the exit code the run must end with, 0 by default) and {@code NAME.alone = true} for a run that measures
 * time: it runs with nothing else running, after the others. The other runs share the machine, as many at a
 * time as it has cores (they mostly sleep or wait, and each writes only its own files). A run with a timeline
 * runs alone too.
 * {@code NAME.timeline = TITLE} records the run with JDK Flight Recorder (NAME.jfr) and draws what its threads
 * did as a timeline with that title: NAME-timeline.svg, and its data NAME-timeline.csv (see {@link Timeline}).
 *
 * {@code NAME.chart = speedup|scale} draws the output of run NAME, a file of measurements, as a chart:
 * NAME-chart.svg, and its caption (the machine it was measured on, read from the file) NAME-chart.caption. A
 * page can show the chart only where the output exists: PageWriter tells it with the attribute chart-NAME-chart.
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
            boolean alone, Path output, String timeline) {

        Path file(String suffix) {
            return output.resolveSibling(name + suffix);
        }
    }

    /** A chart drawn from the output of a run: where, the run's name, its kind, the module's outputs. */
    record Chart(String where, String name, String kind, Path outputDir) {
    }

    /** Captures every run of every module of the outline into outputsDir/FOLDER/NAME.txt, and draws the charts. */
    static void captureAll(Path root, Outline outline, Path outputsDir) throws BuildException {
        List<Run> runs = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        for (Outline.Entry entry : outline.entries()) {
            runs.addAll(runs(root, entry, outputsDir.resolve(entry.folder())));
            charts.addAll(charts(root, entry, outputsDir.resolve(entry.folder())));
        }
        capture(runs);
        for (Run run : runs) {
            if (run.timeline() != null) {
                drawTimeline(run);
            }
        }
        for (Chart chart : charts) {
            draw(chart);
        }
    }

    private static void capture(List<Run> runs) throws BuildException {
        List<Run> stale = new ArrayList<>();
        for (Run run : runs) {
            if (!key(run).equals(savedKey(run))) {
                stale.add(run);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        System.out.println("Course site: capturing " + stale.size() + " of " + runs.size()
                + " outputs (the others are unchanged since they were captured)");
        long start = System.nanoTime();
        capture(stale, OutputCapture::run, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "Course site: captured %d outputs in %.1f s%n", stale.size(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Runs one program; a seam for the tests of the scheduling. */
    interface Runner {
        void run(Run run) throws BuildException;
    }

    /**
     * Runs the shared runs on up to {@code threads} threads at once, then the runs that must run alone, one at a
     * time with nothing else running. Each run writes only its own files, so the results do not depend on the
     * order the runs end in; a failure reported is that of the first failing run in the list's order.
     */
    static void capture(List<Run> runs, Runner runner, int threads) throws BuildException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Void>> shared = new ArrayList<>();
            for (Run run : runs) {
                if (!run.alone()) {
                    shared.add(pool.submit(() -> {
                        runner.run(run);
                        return null;
                    }));
                }
            }
            for (Future<Void> future : shared) {
                waitFor(future);
            }
            for (Run run : runs) {
                if (run.alone()) {
                    runner.run(run);
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

    private static Properties properties(Path root, Outline.Entry entry) throws BuildException {
        Path runsFile = root.resolve(entry.folder()).resolve(RUNS_FILE);
        Properties properties = new Properties();
        if (!Files.isRegularFile(runsFile)) {
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(runsFile)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new BuildException(entry.folder() + "/" + RUNS_FILE + " cannot be read: " + e.getMessage());
        }
        return properties;
    }

    /** The charts one module lists. */
    static List<Chart> charts(Path root, Outline.Entry entry, Path outputDir) throws BuildException {
        Properties properties = properties(root, entry);
        String where = entry.folder() + "/" + RUNS_FILE;
        List<Chart> charts = new ArrayList<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            if (key.endsWith(".chart")) {
                String kind = properties.getProperty(key).strip();
                if (!kind.equals("speedup") && !kind.equals("scale")) {
                    throw new BuildException(where + ": " + key + " must be speedup or scale, not \"" + kind + "\"");
                }
                charts.add(new Chart(where, key.substring(0, key.length() - ".chart".length()), kind, outputDir));
            }
        }
        return charts;
    }

    /**
     * Draws a chart of measurements when they or the drawing code changed. Without the measurements (the run
     * is not in runs.properties, in a copy of the course that has the chart but not the run) there is no
     * chart, and the page says so.
     */
    private static void draw(Chart chart) throws BuildException {
        Path data = chart.outputDir().resolve(chart.name() + ".txt");
        Path svg = chart.outputDir().resolve(chart.name() + "-chart.svg");
        Path caption = chart.outputDir().resolve(chart.name() + "-chart.caption");
        Path keyFile = chart.outputDir().resolve(chart.name() + "-chart.key");
        try {
            if (!Files.isRegularFile(data)) {
                Files.deleteIfExists(svg);
                System.out.println("Course site: " + chart.where() + ": there is no run \"" + chart.name()
                        + "\" to draw its chart from; the page says that the chart is missing");
                return;
            }
            String key = new Digest().text(chart.kind() + "\n").file(data).bytes(Charts.code()).hex();
            if (Files.isRegularFile(svg) && Files.isRegularFile(keyFile) && Files.readString(keyFile).equals(key)) {
                return;
            }
            Charts.Drawn drawn = chart.kind().equals("speedup") ? Charts.speedup(data) : Charts.scale(data);
            Files.writeString(svg, drawn.svg());
            Files.writeString(caption, drawn.caption());
            Files.writeString(keyFile, key);
        } catch (IOException e) {
            throw new BuildException(chart.where() + ": cannot draw the chart of \"" + chart.name() + "\": "
                    + e.getMessage());
        }
    }

    /** The runs one module lists. */
    static List<Run> runs(Path root, Outline.Entry entry, Path outputDir) throws BuildException {
        Path module = root.resolve(entry.folder());
        if (!Files.isRegularFile(module.resolve(RUNS_FILE))) {
            return List.of();
        }
        String where = entry.folder() + "/" + RUNS_FILE;
        Properties properties = properties(root, entry);
        Path classes = module.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new BuildException(entry.folder() + "/target/classes is missing: build the site from the"
                    + " repository's folder with ./mvnw site, which compiles every lesson first");
        }
        List<Run> runs = new ArrayList<>();
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            if (name.endsWith(".exit") || name.endsWith(".alone") || name.endsWith(".timeline")
                    || name.endsWith(".chart")) {
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
            String timeline = properties.getProperty(name + ".timeline");
            String aloneValue = properties.getProperty(name + ".alone", "false").strip();
            if (!aloneValue.equals("true") && !aloneValue.equals("false")) {
                throw new BuildException(where + ": " + name + ".alone must be true or false, not \"" + aloneValue + "\"");
            }
            // A timeline shows when each thread ran: beside other runs it would show the machine's load.
            boolean alone = timeline != null || aloneValue.equals("true");
            runs.add(new Run(where, name, module, classes, words, expectedExit, alone, outputDir.resolve(name + ".txt"),
                    timeline == null ? null : timeline.strip()));
        }
        return runs;
    }

    private static void run(Run run) throws BuildException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of("-XX:+UseSerialGC", "-cp", run.classes().toString()));
        if (run.timeline() != null) {
            command.add(Timeline.QUIET);
            command.add(Timeline.recordingOption(run.file(".jfr")));
        }
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

    /**
     * NAME-timeline.csv and NAME-timeline.svg from the recording NAME.jfr, drawn again when the recording, the
     * title or the drawing code changed (without running the program again).
     */
    private static void drawTimeline(Run run) throws BuildException {
        Path keyFile = run.file("-timeline.key");
        String key;
        try {
            key = new Digest().text(run.timeline() + "\n").file(run.file(".jfr")).bytes(Charts.code()).hex();
            if (Files.isRegularFile(run.file("-timeline.svg")) && Files.isRegularFile(keyFile)
                    && Files.readString(keyFile).equals(key)) {
                return;
            }
        } catch (IOException e) {
            throw new BuildException(run.where() + ": the recording of run \"" + run.name() + "\" cannot be read: "
                    + e.getMessage());
        }
        Timeline.Data data;
        try {
            data = Timeline.read(run.file(".jfr"));
        } catch (IOException e) {
            throw new BuildException(run.where() + ": the recording of run \"" + run.name() + "\" cannot be read: "
                    + e.getMessage());
        }
        if (data.rows().isEmpty()) {
            throw new BuildException(run.where() + ": run \"" + run.name() + "\" started no thread of its own, so"
                    + " it has no timeline: remove " + run.name() + ".timeline");
        }
        try {
            Files.writeString(run.file("-timeline.csv"), Timeline.csv(data));
            Files.writeString(run.file("-timeline.svg"), Charts.timeline(data, run.timeline(), Timeline.describe(data)));
            Files.writeString(keyFile, key);
        } catch (IOException e) {
            throw new BuildException(run.where() + ": cannot write the timeline of run \"" + run.name() + "\": "
                    + e.getMessage());
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
            boolean recorded = run.timeline() == null || Files.isRegularFile(run.file(".jfr"));
            return all && recorded ? Files.readString(keyFile(run)) : "";
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
            Digest digest = new Digest().text(java() + "\n" + Runtime.version() + "\n" + run.words() + "\n"
                    + run.expectedExit() + "\n" + (run.timeline() != null) + "\n").folder(run.classes(), "");
            for (String folder : SCRIPT_FOLDERS) {
                digest.folder(run.module().resolve(folder), folder + "/");
            }
            return digest.hex();
        } catch (IOException e) {
            throw new BuildException(run.where() + ": cannot read " + run.classes() + ": " + e.getMessage());
        }
    }
}
