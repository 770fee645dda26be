package course.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * labs/grade: grades the labs against the student's code (src/main/java, the student profile), or with
 * --reference against src/reference/java. A lab's groups of tests and their points are its grading.txt (Grading);
 * a group gets its points when all its tests pass. One Maven run compiles every lab named; each lab's tests then run
 * once, in one fresh JVM (TestJvm), and each test's result goes to its group. Prints a line a group and the total;
 * on GitHub Actions also a table on the run's summary and the total as a notice. Exit code 0 when every group got
 * its points, 1 when one did not, 2 on a usage error; also written to target/grade/exit, since exec:exec cannot
 * pass it on. GRADE_TIME_LIMIT: seconds for one lab's tests (300), after which the tests that did not finish fail.
 */
public final class Grade {

    static final String USAGE = "usage: bash labs/grade [--reference] [labs/NAME ...]";

    /** The command line: which code, which labs. */
    record Arguments(boolean reference, boolean help, List<String> labs) {
    }

    private Grade() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int status;
        try {
            status = grade(root, List.of(args).subList(1, args.length));
        } catch (Prove.UsageException | BuildException e) {
            System.err.println("labs/grade: " + e.getMessage());
            status = 2;
        }
        Path logs = root.resolve("target/grade");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("exit"), status + "\n");
        System.exit(status);
    }

    /** Reads the command line; every lab named must have a grading.txt. */
    static Arguments arguments(Path root, List<String> args) throws Prove.UsageException, BuildException {
        List<String> rest = new ArrayList<>(args);
        boolean reference = !rest.isEmpty() && rest.get(0).equals("--reference");
        if (reference) {
            rest.remove(0);
        }
        if (!rest.isEmpty() && (rest.get(0).equals("-h") || rest.get(0).equals("--help"))) {
            return new Arguments(reference, true, List.of());
        }
        List<String> labs = new ArrayList<>();
        for (String arg : rest) {
            if (arg.startsWith("-")) {
                throw new Prove.UsageException("unknown option " + arg + "; " + USAGE);
            }
            String lab = arg.replace('\\', '/').replaceAll("/+$", "");
            lab = lab.startsWith("labs/") ? lab : "labs/" + lab; // wait-for-all is labs/wait-for-all
            if (!Files.isRegularFile(root.resolve(lab).resolve(Grading.FILE))) {
                throw new Prove.UsageException(lab + "/" + Grading.FILE + " does not exist: name a lab of "
                        + Outline.FILE + ", as labs/wait-for-all");
            }
            labs.add(lab);
        }
        if (labs.isEmpty()) {
            Outline.read(root).labs().forEach(lab -> labs.add(lab.folder()));
        }
        if (labs.isEmpty()) {
            throw new Prove.UsageException(Outline.FILE + " lists no lab (labs/NAME | title | summary)");
        }
        return new Arguments(reference, false, labs);
    }

    private static int grade(Path root, List<String> args) throws Exception {
        Arguments arguments = arguments(root, args);
        if (arguments.help()) {
            System.out.println(USAGE);
            return 0;
        }
        long limit = 300;
        String limitText = System.getenv("GRADE_TIME_LIMIT");
        if (limitText != null && !limitText.isBlank()) {
            try {
                limit = Long.parseLong(limitText.strip());
            } catch (NumberFormatException e) {
                throw new Prove.UsageException("GRADE_TIME_LIMIT must be a whole number of seconds, got \""
                        + limitText + "\"");
            }
        }
        Map<String, List<Grading.Group>> groups = new java.util.LinkedHashMap<>();
        for (String lab : arguments.labs()) {
            groups.put(lab, Grading.check(root, lab));
        }
        Path logs = root.resolve("target/grade");
        Path mavenLog = logs.resolve("maven.log");
        List<String> goals = new ArrayList<>(List.of("test-compile"));
        if (!arguments.reference()) {
            goals.add("-Pstudent");
        }
        // One Maven start compiles every lab (a lab that does not compile does not stop the others).
        Map<String, Optional<List<Path>>> classPaths = LabBuild.classPaths(root, arguments.labs(), goals,
                "grade.classpath", mavenLog);
        List<String> mavenOutput = Files.readAllLines(mavenLog, StandardCharsets.UTF_8);

        StringBuilder summary = new StringBuilder("| Lab | Tests | Points |\n|---|---|---|\n");
        int total = 0;
        int max = 0;
        for (String lab : arguments.labs()) {
            System.out.println("== " + lab);
            Path folder = root.resolve(lab);
            Path log = logs.resolve(folder.getFileName() + ".log");
            List<TestResult> results = List.of();
            List<String> why = new ArrayList<>();
            if (classPaths.get(lab).isPresent()) {
                List<Path> classPath = new ArrayList<>(List.of(folder.resolve("target/test-classes"),
                        folder.resolve("target/classes")));
                classPath.addAll(classPaths.get(lab).get());
                TestJvm.Outcome outcome = TestJvm.run(classPath, folder.resolve("target/test-classes"), 1, limit,
                        TestJvm.options(LabBuild.testJvmArgs(folder.resolve("pom.xml"))), log);
                results = outcome.results();
                if (outcome.timedOut()) {
                    why.add("the tests were stopped after " + limit + " s; those that had not finished get nothing");
                }
            } else {
                Files.write(log, compilerMessages(mavenOutput, lab), StandardCharsets.UTF_8);
                why.add("the lab does not compile:");
                compilerMessages(mavenOutput, lab).stream().limit(12).forEach(why::add);
            }
            for (Grading.Group group : groups.get(lab)) {
                int got = group.passes(results) ? group.points() : 0;
                total += got;
                max += group.points();
                System.out.printf("%3s/%-2s %s%n", got, group.points(), group.what());
                if (got == 0) {
                    List<String> failing = new ArrayList<>(why);
                    results.stream().filter(r -> group.covers(r) && !r.passedEveryRun()).limit(12)
                            .forEach(r -> failing.add(r.name() + ": " + r.message()));
                    failing.forEach(line -> System.out.println("        " + line));
                    System.out.println("        (all of it: " + root.relativize(log).toString().replace('\\', '/') + ")");
                }
                summary.append("| ").append(lab).append(" | ").append(group.what()).append(" | ").append(got)
                        .append(" / ").append(group.points()).append(" |\n");
            }
        }
        System.out.println("labs/grade: " + total + " of " + max + " points");
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            String file = System.getenv("GITHUB_STEP_SUMMARY");
            if (file != null && !file.isEmpty()) {
                Files.writeString(Path.of(file), "## Points: " + total + " of " + max + "\n\n" + summary,
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            System.out.println("::notice title=Points::" + total + " of " + max + " points");
        }
        return total == max ? 0 : 1;
    }

    /** Maven's lines about one lab that did not build: its compiler errors, or else every error line. */
    static List<String> compilerMessages(List<String> mavenOutput, String lab) {
        List<String> lines = mavenOutput.stream()
                .filter(line -> line.replace('\\', '/').contains("/" + lab + "/") && line.contains(".java:["))
                .map(line -> line.replaceFirst("^\\[ERROR\\] *", "")).distinct().toList();
        return lines.isEmpty() ? mavenOutput.stream().filter(line -> line.startsWith("[ERROR]")).toList() : lines;
    }
}
