package course.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * labs/prove: proves that every lab's and lesson's tests matter, and that a lab's tests state its contract rather
 * than one way to meet it:
 * <ul>
 * <li>each starter (src/main/java, still marked "TODO Lab") fails at least one test;
 * <li>each mistake (mistakes/*.patch: one typical wrong solution) fails a test in 20 runs of 20, except a mistake
 * in the memory model whose description starts "Caught by jcstress": it only has to apply and compile;
 * <li>each alternative (alternatives/*.patch: a correct solution other than the reference) passes 20 of 20.
 * </ul>
 * A lesson with a mistakes/ folder is proven the same way (its patches change src/main/java; no starter).
 * Each variant is a copy of the module's src/ under target/variants/, patched, compiled with the module's tests,
 * and run RUNS times in a fresh JVM (TestJvm): a wrong variant's leftover threads never reach the next one.
 * One Maven run resolves every module's libraries; a busy loop keeps one core busy meanwhile, as on a student's
 * laptop or a shared CI runner (PROVE_BUSY=0 turns it off). PROVE_RUNS (20) and PROVE_TIME_LIMIT (600 seconds
 * for the runs of one variant) change the defaults. Exit code: 0 all proven, 1 not, 2 usage error; also written
 * to target/prove.exit, since exec:exec cannot pass it on.
 */
public final class Prove {

    static final String USAGE = "usage: bash labs/prove [labs/NAME | lessons/NAME ...]";
    static final String CLASS_PATH_FILE = "variants.classpath";

    enum Kind { STARTER, MISTAKE, ALTERNATIVE }

    /** How a variant is graded: its tests run once (the starter), RUNS times, or it only has to compile. */
    enum Mode { ONCE, RUN, COMPILE }

    /** One row of the final table; {@code ok} false fails the whole proof. */
    record Row(String module, String variant, String kind, String result, String seconds, String text) {
        boolean failed() {
            return result.equals("FAIL");
        }
    }

    private final Path root;
    private final int runs;
    private final long limitSeconds;
    private final List<Row> table = new ArrayList<>();

    Prove(Path root, int runs, long limitSeconds) {
        this.root = root;
        this.runs = runs;
        this.limitSeconds = limitSeconds;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int status;
        try {
            status = prove(root, List.of(args).subList(1, args.length));
        } catch (UsageException e) {
            System.err.println("labs/prove: " + e.getMessage());
            status = 2;
        }
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/prove.exit"), status + "\n");
        System.exit(status);
    }

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static int prove(Path root, List<String> args) throws Exception {
        int runs = number("PROVE_RUNS", 20);
        long limit = number("PROVE_TIME_LIMIT", 600);
        List<String> modules = modules(root, args);
        Prove prove = new Prove(root, runs, limit);
        Thread busy = null;
        if (!"0".equals(System.getenv("PROVE_BUSY"))) {
            busy = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait(); // one core busy, as on a laptop that is not idle
                }
            }, "busy loop");
            busy.setDaemon(true);
            busy.start();
            System.out.println("labs/prove: a busy loop (a thread of this JVM) keeps one core busy while the labs are"
                    + " graded");
        }
        long started = System.nanoTime();
        try {
            prove.all(modules);
        } finally {
            if (busy != null) {
                busy.interrupt();
            }
        }
        System.out.println();
        System.out.println(row("lab or lesson", "variant", "kind", "result", "s", "runs"));
        prove.table.forEach(r -> System.out.println(row(r.module(), r.variant(), r.kind(), r.result(), r.seconds(),
                r.text())));
        System.out.println("labs/prove took " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
        if (prove.table.stream().anyMatch(Row::failed)) {
            return 1;
        }
        System.out.println("Every starter still marked TODO fails its tests, every mistake (of a lab or a lesson)"
                + " fails " + runs + " runs out of " + runs + ", and every alternative passes " + runs
                + " runs out of " + runs + ".");
        return 0;
    }

    private static String row(String module, String variant, String kind, String result, String seconds,
            String text) {
        return String.format("%-36s  %-38s  %-11s  %-6s  %5s  %s", module, variant, kind, result, seconds, text);
    }

    private static int number(String variable, int fallback) throws UsageException {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(variable + " must be a whole number above 0, got \"" + value + "\"");
    }

    /** The modules named, or by default every lab of pom.xml and every lesson of it that has a mistakes/ folder. */
    static List<String> modules(Path root, List<String> args) throws UsageException, BuildException {
        List<String> modules = new ArrayList<>();
        if (args.isEmpty()) {
            for (String module : CourseCheck.modules(root)) {
                boolean lab = module.matches("labs/[^/]+");
                boolean lesson = module.matches("lessons/[^/]+") && Files.isDirectory(root.resolve(module + "/mistakes"));
                if (lab || lesson) {
                    modules.add(module);
                }
            }
            if (modules.isEmpty()) {
                throw new UsageException("pom.xml lists no <module>labs/...</module> and no lesson with mistakes/");
            }
            return modules;
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg + "; " + USAGE);
            }
            String module = arg.replace('\\', '/').replaceAll("/+$", "");
            Path folder = root.resolve(module);
            boolean pom = Files.isRegularFile(folder.resolve("pom.xml"));
            if (!pom || !(Files.isDirectory(folder.resolve("src/reference/java"))
                    || Files.isDirectory(folder.resolve("src/main/java")) && Files.isDirectory(folder.resolve("src/test/java")))) {
                throw new UsageException(module + " is neither a lab (a pom.xml and src/reference/java) nor a lesson"
                        + " with tests; " + USAGE);
            }
            modules.add(module);
        }
        return modules;
    }

    private void all(List<String> modules) throws IOException, InterruptedException {
        for (String module : modules) {
            deleteTree(root.resolve(module).resolve("target/variants"));
        }
        // One Maven start for every module, not one a module: their libraries, for compiling and running variants.
        Path log = root.resolve("target/prove-maven.log");
        Map<String, Optional<List<Path>>> classPaths = LabBuild.classPaths(root, modules,
                List.of("-Denforcer.skip=true"), CLASS_PATH_FILE, log);
        for (String module : modules) {
            System.out.println(module);
            Optional<List<Path>> libraries = classPaths.get(module);
            if (libraries.isEmpty()) {
                fail(module, "(the lab)", "-", "its libraries cannot be resolved: see " + root.relativize(log));
                continue;
            }
            proveModule(module, libraries.get());
        }
    }

    private void proveModule(String module, List<Path> libraries) throws IOException, InterruptedException {
        Path folder = root.resolve(module);
        String name = module.startsWith("labs/") ? module.substring("labs/".length()) : module;
        boolean lab = Files.isDirectory(folder.resolve("src/reference/java"));
        String code = lab ? "src/reference/java" : "src/main/java";
        Path variants = folder.resolve("target/variants");
        List<String> options = TestJvm.options(LabBuild.testJvmArgs(folder.resolve("pom.xml")));

        if (lab) {
            if (!containsTodo(folder.resolve("src/main/java"))) {
                // A student's copy with the lab solved: the starter is gone, so there is nothing to check.
                System.out.println("  note  starter: src/main/java has no \"TODO Lab\" left (a solved copy?), not checked");
                table.add(new Row(name, "starter", "starter", "skip", "", "solved copy: no TODO Lab left"));
            } else {
                Path copy = copy(folder, variants.resolve("starter"));
                grade(name, Kind.STARTER, "starter", Mode.ONCE, copy, "src/main/java", libraries, options);
            }
        }
        if (Files.isDirectory(folder.resolve("src/planted"))) {
            fail(name, "src/planted", "-", module + "/src/planted is gone from the course: make its mistake a patch in "
                    + module + "/mistakes/");
        }
        List<Path> mistakes = patches(folder.resolve("mistakes"));
        List<Path> alternatives = patches(folder.resolve("alternatives"));
        if (mistakes.isEmpty()) {
            fail(name, "mistakes/*.patch", "mistake", "no " + module
                    + "/mistakes/*.patch: nothing shows that the tests catch a wrong solution");
        }
        if (lab && alternatives.isEmpty()) {
            fail(name, "alternatives/*.patch", "alternative", "no " + module
                    + "/alternatives/*.patch: nothing shows that the tests accept another correct solution");
        }
        List<Path> all = new ArrayList<>(mistakes);
        all.addAll(alternatives);
        for (Path patch : all) {
            Kind kind = mistakes.contains(patch) ? Kind.MISTAKE : Kind.ALTERNATIVE;
            String variant = patch.getFileName().toString().replaceFirst("\\.patch$", "");
            Path copy = copy(folder, variants.resolve(kind.name().toLowerCase() + "-" + variant));
            Process patching = new ProcessBuilder("patch", "-p1", "-s", "-d", copy.toString())
                    .redirectInput(patch.toFile()).redirectErrorStream(true)
                    .redirectOutput(copy.resolve("patch.log").toFile()).start();
            if (patching.waitFor() != 0) {
                System.out.println("  FAIL  " + label(kind) + " " + variant + ": the patch does not apply to " + code
                        + " (see " + root.relativize(copy.resolve("patch.log")) + ")");
                table.add(new Row(name, variant, label(kind), "FAIL", "", "the patch does not apply"));
                continue;
            }
            Mode mode = kind == Kind.MISTAKE && caughtByJcstress(Files.readString(patch, StandardCharsets.UTF_8))
                    ? Mode.COMPILE : Mode.RUN;
            grade(name, kind, variant, mode, copy, code, libraries, options);
        }
    }

    /** A patch's description (before its first diff) that starts a line with "Caught by jcstress". */
    static boolean caughtByJcstress(String patch) {
        for (String line : patch.lines().toList()) {
            if (line.startsWith("diff --git")) {
                return false;
            }
            if (line.startsWith("Caught by jcstress")) {
                return true;
            }
        }
        return false;
    }

    private void grade(String module, Kind kind, String variant, Mode mode, Path copy, String code,
            List<Path> libraries, List<String> options) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path classes = copy.resolve("target/classes");
        Path log = copy.resolve("grading.log");
        List<Path> sources = new ArrayList<>(javaFiles(copy.resolve(code)));
        sources.addAll(javaFiles(copy.resolve("src/test/java")));
        String errors = compile(sources, classes, libraries);
        TestJvm.Outcome outcome = null;
        if (errors != null) {
            Files.writeString(log, "COMPILATION ERROR\n" + errors, StandardCharsets.UTF_8);
        } else if (mode != Mode.COMPILE) {
            List<Path> classPath = new ArrayList<>(List.of(classes));
            classPath.addAll(libraries);
            outcome = TestJvm.run(classPath, classes, mode == Mode.ONCE ? 1 : runs, limitSeconds, options, log);
        }
        String seconds = Long.toString(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        Verdict verdict = judge(kind, mode, errors != null, outcome, runs, limitSeconds);
        String shown = root.relativize(log).toString().replace('\\', '/');
        System.out.println("  " + String.format("%-4s", verdict.ok() ? (mode == Mode.COMPILE ? "note" : "ok") : "FAIL")
                + "  " + label(kind) + " " + (kind == Kind.STARTER ? "" : variant + " ") + "(" + seconds + " s): "
                + verdict.text() + (verdict.ok() ? "" : " (see " + shown + ")"));
        if (!verdict.ok() && kind == Kind.ALTERNATIVE && outcome != null) {
            outcome.results().stream().filter(r -> !r.passedEveryRun()).limit(5)
                    .forEach(r -> System.out.println("          " + r.name() + ": " + r.message()));
        }
        table.add(new Row(module, variant, label(kind), verdict.result(), seconds, verdict.short_()));
    }

    /** What a variant's runs prove: {@code result} is ok, stress, or FAIL; text for the log, short_ for the table. */
    record Verdict(String result, String text, String short_) {
        boolean ok() {
            return !result.equals("FAIL");
        }

        static Verdict fail(String text, String short_) {
            return new Verdict("FAIL", text, short_);
        }
    }

    /** The verdict on a variant from its compilation and its runs ({@code outcome} null when it did not run). */
    static Verdict judge(Kind kind, Mode mode, boolean compileFailed, TestJvm.Outcome outcome, int runs,
            long limitSeconds) {
        if (compileFailed) {
            return kind == Kind.STARTER
                    ? Verdict.fail("src/main/java does not compile with the tests", "does not compile")
                    : Verdict.fail("it does not compile", "it does not compile");
        }
        if (mode == Mode.COMPILE) {
            return new Verdict("stress", "compiles; caught by jcstress, not by the unit tests (see its description)",
                    "compiles; caught by jcstress, not graded here");
        }
        List<TestResult> results = outcome.results();
        if (kind == Kind.STARTER) {
            long failing = results.stream().filter(r -> !r.passedEveryRun()).count();
            if (results.isEmpty()) {
                return Verdict.fail("no test ran (./mvnw -pl labs/NAME test -Pstudent says why)", "no test ran");
            }
            if (failing == 0) {
                return Verdict.fail("all " + results.size() + " tests pass on src/main/java: the starter gives the"
                        + " solution away", "all " + results.size() + " tests pass");
            }
            String text = failing + " of " + results.size() + " tests fail";
            return new Verdict("ok", text + " on src/main/java", text);
        }
        if (results.isEmpty()) {
            String why = outcome.timedOut() ? "still running after " + limitSeconds + " s" : "no test ran";
            return Verdict.fail(why, why);
        }
        List<String> always = results.stream().filter(TestResult::failedEveryRun).map(TestResult::name).toList();
        List<String> sometimes = results.stream().filter(r -> !r.passedEveryRun() && !r.failedEveryRun())
                .map(r -> r.name() + " (" + r.failed() + " of " + r.runs() + ")").toList();
        if (kind == Kind.MISTAKE) {
            if (!always.isEmpty()) {
                String first = always.get(0) + (always.size() > 1 ? " and " + (always.size() - 1) + " more" : "");
                return new Verdict("ok", "fails " + runs + " of " + runs + " runs: " + first,
                        runs + "/" + runs + " failed: " + first);
            }
            String luck = sometimes.isEmpty() ? "" : "; by luck only: " + String.join(", ", sometimes);
            String timeout = outcome.timedOut() ? "; stopped after " + limitSeconds + " s" : "";
            return Verdict.fail("no test fails every run" + luck + timeout,
                    "no test fails " + runs + "/" + runs + cut(luck, 120) + timeout);
        }
        if (always.isEmpty() && sometimes.isEmpty() && !outcome.timedOut()) {
            return new Verdict("ok", "passes " + runs + " of " + runs + " runs (" + results.size() + " tests)",
                    runs + "/" + runs + " passed (" + results.size() + " tests)");
        }
        List<String> failing = new ArrayList<>(always);
        failing.addAll(sometimes);
        String why = outcome.timedOut() ? "still running after " + limitSeconds + " s" : "";
        String text = failing.isEmpty() ? why : "fails: " + String.join(", ", failing);
        return Verdict.fail("a correct solution fails: " + cut(text, 300), cut(text, 120));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    private static String label(Kind kind) {
        return kind.name().toLowerCase();
    }

    private void fail(String module, String variant, String kind, String text) {
        System.out.println("  FAIL  " + text);
        table.add(new Row(module, variant, kind, "FAIL", "", text));
    }

    private static List<Path> patches(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".patch")).sorted().toList();
        }
    }

    private static boolean containsTodo(Path folder) throws IOException {
        for (Path file : javaFiles(folder)) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains("TODO Lab")) {
                return true;
            }
        }
        return false;
    }

    /** Copies the module's src/ into a fresh folder for one variant. */
    private static Path copy(Path module, Path copy) throws IOException {
        Path source = module.resolve("src");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve("src").resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Compiles the sources into the folder with this JDK's javac; the compiler's messages if it failed, or null. */
    private static String compile(List<Path> sources, Path into, List<Path> libraries) throws IOException {
        if (sources.isEmpty()) {
            return "no source files";
        }
        Files.createDirectories(into);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        List<String> classPath = libraries.stream().map(Path::toString).toList();
        List<String> options = List.of("-d", into.toString(), "-encoding", "UTF-8", "-proc:none",
                "--release", Integer.toString(Runtime.version().feature()), "--enable-preview", "-Xlint:-preview",
                "-cp", String.join(java.io.File.pathSeparator, classPath));
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(new PrintWriter(messages), files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            return ok ? null : messages.toString();
        }
    }
}
