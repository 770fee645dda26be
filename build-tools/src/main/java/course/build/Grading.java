package course.build;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A lab's grading.txt, which labs/grade reads: one group of the lab's tests a line, with its points,
 * {@code points | what the group checks | the tests}, the tests as Surefire's -Dtest takes them
 * ({@code Class#method+method*}, several separated by commas). Every group must name tests that exist, and every
 * test of the lab must be in a group, or a student's work on it would earn nothing.
 */
final class Grading {

    static final String FILE = "grading.txt";

    private static final Set<String> TEST_ANNOTATIONS =
            Set.of("Test", "RepeatedTest", "ParameterizedTest", "TestFactory", "TestTemplate");

    private Grading() {
    }

    /** A group of grading.txt; {@code selected} are the tests its spec selects, as {@code Class#method}. */
    record Group(int line, int points, String what, String tests, Set<String> selected) {

        /** A result of the run counts for the group if its test is selected, or it is the set-up of their class. */
        boolean covers(TestResult result) {
            return result.method().isEmpty()
                    ? selected.stream().anyMatch(test -> test.startsWith(result.testClass() + "#"))
                    : selected.contains(result.test());
        }

        /**
         * Whether the group earns its points from a run of the lab's tests: each of its tests ran and passed, and
         * no set-up of their classes failed (a test that never ran, e.g. after a time-out, earns nothing).
         */
        boolean passes(List<TestResult> results) {
            Set<String> passed = new LinkedHashSet<>();
            for (TestResult result : results) {
                if (covers(result) && !result.passedEveryRun()) {
                    return false;
                }
                passed.add(result.test());
            }
            return passed.containsAll(selected);
        }
    }

    /** Checks labs/NAME/grading.txt against the lab's tests; {@code lab} is the folder, as labs/wait-for-all. */
    static List<Group> check(Path root, String lab) throws BuildException {
        String file = lab + "/" + FILE;
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new BuildException(file + " does not exist: labs/grade needs it to grade " + lab + "; copy one from"
                    + " another lab and list this lab's tests in groups, with their points");
        }
        Map<String, Set<String>> tests = testMethods(root.resolve(lab).resolve("src/test/java"));
        Set<String> graded = new LinkedHashSet<>();
        List<Group> groups = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new BuildException(file + " cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] fields = text.split("\\|", -1);
            if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
                throw new BuildException(where + "a group is \"points | what the group checks | the tests\", got \""
                        + text + "\"");
            }
            int points;
            try {
                points = Integer.parseInt(fields[0].strip());
            } catch (NumberFormatException e) {
                points = 0;
            }
            if (points < 1 || points > 100) {
                throw new BuildException(where + "points must be a whole number from 1 to 100, got \""
                        + fields[0].strip() + "\"");
            }
            String spec = fields[2].replaceAll("\\s", "");
            Set<String> selected = new LinkedHashSet<>();
            for (String entry : spec.split(",")) {
                selected.addAll(matches(where, entry, tests));
            }
            graded.addAll(selected);
            groups.add(new Group(i + 1, points, fields[1].strip(), spec, Set.copyOf(selected)));
        }
        if (groups.isEmpty()) {
            throw new BuildException(file + " has no group: add a line \"points | what the group checks | the tests\"");
        }
        for (Map.Entry<String, Set<String>> testClass : tests.entrySet()) {
            for (String method : testClass.getValue()) {
                String test = testClass.getKey() + "#" + method;
                if (!graded.contains(test)) {
                    throw new BuildException(file + ": " + test + " is in no group: add it to a group's tests, or a"
                            + " student who makes it pass earns nothing for it");
                }
            }
        }
        return groups;
    }

    /** The tests that one -Dtest entry (Class, Class#m1+m2, with * anywhere) selects; none is an error. */
    private static Set<String> matches(String where, String entry, Map<String, Set<String>> tests)
            throws BuildException {
        int hash = entry.indexOf('#');
        Pattern classPattern = glob(hash < 0 ? entry : entry.substring(0, hash));
        List<String> methodPatterns = hash < 0 ? List.of() : List.of(entry.substring(hash + 1).split("\\+"));
        Set<String> selected = new LinkedHashSet<>();
        List<String> classes = tests.keySet().stream().filter(name -> classPattern.matcher(name).matches()).toList();
        if (classes.isEmpty()) {
            throw new BuildException(where + "no test class of the lab matches \"" + entry + "\" (test classes: "
                    + String.join(", ", tests.keySet()) + ")");
        }
        if (methodPatterns.isEmpty()) {
            for (String name : classes) {
                tests.get(name).forEach(method -> selected.add(name + "#" + method));
            }
            return selected;
        }
        for (String methodPattern : methodPatterns) {
            Pattern method = glob(methodPattern);
            boolean found = false;
            for (String name : classes) {
                for (String test : tests.get(name)) {
                    if (method.matcher(test).matches()) {
                        selected.add(name + "#" + test);
                        found = true;
                    }
                }
            }
            if (!found) {
                throw new BuildException(where + "no test matches \"" + methodPattern
                        + "\" in " + String.join(", ", classes) + ": a renamed test? Name it as the test class does");
            }
        }
        return selected;
    }

    /** Surefire's pattern: {@code *} is any run of characters, everything else stands for itself. */
    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * Test class (simple name) to its test methods, for every class under {@code testSources} that has one: the
     * JDK's own parser reads the sources (nothing is compiled), so comments and strings never look like tests.
     */
    static Map<String, Set<String>> testMethods(Path testSources) throws BuildException {
        Map<String, Set<String>> tests = new LinkedHashMap<>();
        if (!Files.isDirectory(testSources)) {
            return tests;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (Stream<Path> walk = Files.walk(testSources);
                StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            JavacTask parser = (JavacTask) javac.getTask(null, files, problem -> { }, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources));
            for (CompilationUnitTree unit : parser.parse()) {
                Set<String> methods = new LinkedHashSet<>();
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        if (method.getModifiers().getAnnotations().stream().map(a -> a.getAnnotationType().toString())
                                .map(name -> name.substring(name.lastIndexOf('.') + 1)).anyMatch(TEST_ANNOTATIONS::contains)) {
                            methods.add(method.getName().toString());
                        }
                        return super.visitMethod(method, unused);
                    }
                }.scan(unit, null);
                if (!methods.isEmpty()) {
                    String file = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
                    tests.put(file.replaceFirst("\\.java$", ""), methods);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new BuildException(testSources + " cannot be read: " + e.getMessage());
        }
        return tests;
    }
}
