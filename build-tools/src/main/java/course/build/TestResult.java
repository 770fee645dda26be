package course.build;

import java.util.List;
import java.util.Optional;

/**
 * What TestRunner says about one test (or one invocation of a parameterized test) over all its runs: how many of
 * them failed, and the first failure's message. A test class whose set-up failed is a result too, with an empty
 * method. One line of TestRunner's output: {@code TEST <tab> class <tab> method <tab> invocation <tab> failed
 * <tab> runs <tab> message}.
 */
record TestResult(String testClass, String method, String invocation, int failed, int runs, String message) {

    static final String PREFIX = "TEST\t";

    /** As grading.txt and Surefire's -Dtest name a test: {@code Class#method}, or {@code Class} for the class. */
    String test() {
        return method.isEmpty() ? testClass : testClass + "#" + method;
    }

    /** The test as a person reads it: {@code Class#method [1] 3 threads} for one invocation. */
    String name() {
        return invocation.isEmpty() ? test() : test() + " " + invocation;
    }

    boolean passedEveryRun() {
        return failed == 0;
    }

    boolean failedEveryRun() {
        return failed == runs;
    }

    String format() {
        return PREFIX + String.join("\t", List.of(testClass, method, invocation, Integer.toString(failed),
                Integer.toString(runs), message));
    }

    /** The result on one line of TestRunner's output, or nothing if the line is not one (the tests' own output). */
    static Optional<TestResult> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] field = line.substring(PREFIX.length()).split("\t", -1);
        if (field.length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TestResult(field[0], field[1], field[2], Integer.parseInt(field[3]),
                    Integer.parseInt(field[4]), field[5]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The result's class, method and invocation from a JUnit unique id, e.g.
     * {@code [engine:junit-jupiter]/[class:a.BTest]/[test-template:c(int)]/[test-template-invocation:#1]} is BTest,
     * c and the display name; a class alone has an empty method. Empty when the id names no class (the engine).
     */
    static Optional<TestResult> named(String uniqueId, String displayName, boolean isTest, int runs) {
        String type = segment(uniqueId, "class");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String simple = type.substring(type.lastIndexOf('.') + 1);
        String method = segment(uniqueId, "method");
        if (method.isEmpty()) {
            method = segment(uniqueId, "test-template");
        }
        if (method.isEmpty()) {
            method = segment(uniqueId, "test-factory");
        }
        int parenthesis = method.indexOf('(');
        method = parenthesis < 0 ? method : method.substring(0, parenthesis);
        // Two methods may both have an invocation named [1]: the method tells them apart, the name says which.
        String invocation = uniqueId.contains("-invocation:") || uniqueId.contains("[dynamic-test:")
                ? displayName.replace('\t', ' ') : "";
        if (method.isEmpty() && isTest) {
            method = displayName.replace('\t', ' ');
        }
        return Optional.of(new TestResult(simple, method, invocation, 0, runs, ""));
    }

    private static String segment(String uniqueId, String type) {
        String start = "[" + type + ":";
        int at = uniqueId.lastIndexOf(start);
        if (at < 0) {
            return "";
        }
        int end = uniqueId.indexOf(']', at);
        return end < 0 ? "" : uniqueId.substring(at + start.length(), end);
    }
}
