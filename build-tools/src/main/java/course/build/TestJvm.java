package course.build;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;

/**
 * Runs a folder of compiled tests in a fresh JVM with TestRunner, as Surefire would run them: the JDK that runs
 * this program, the German locale of the course's tests, and the module's own test.jvm.args. One JVM for each
 * variant or lab, so that threads a wrong solution left running never reach the next one.
 */
final class TestJvm {

    /** The results of one JVM's runs; {@code timedOut} when it was stopped before it finished them. */
    record Outcome(List<TestResult> results, boolean timedOut) {
    }

    private TestJvm() {
    }

    /**
     * Runs the tests under {@code testClasses} {@code runs} times; {@code classPath} holds them, the code they
     * test and the libraries. The JVM's output goes to {@code log}.
     */
    static Outcome run(List<Path> classPath, Path testClasses, int runs, long limitSeconds, List<String> jvmOptions,
            Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "--enable-preview"));
        command.addAll(jvmOptions);
        List<String> path = new ArrayList<>();
        path.add(location(TestRunner.class)); // TestRunner, and the launcher that the labs' test class path lacks
        path.add(location(Launcher.class));
        classPath.forEach(entry -> path.add(entry.toString()));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, path), TestRunner.class.getName(),
                Integer.toString(runs), testClasses.toString(), Long.toString(limitSeconds)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(limitSeconds + 60, TimeUnit.SECONDS)) { // TestRunner stops itself first
            process.destroyForcibly().waitFor();
            Files.writeString(log, TestRunner.TIMEOUT + limitSeconds + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        return read(Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    /** What TestRunner printed, among the tests' own output. */
    static Outcome read(List<String> output) {
        List<TestResult> results = output.stream().map(TestResult::parse).flatMap(Optional::stream).toList();
        return new Outcome(results, output.stream().anyMatch(line -> line.startsWith(TestRunner.TIMEOUT)));
    }

    /**
     * The JVM options of the tests: the course's locale (the parent pom's test.locale, which exec:exec passes as
     * course.test.locale) and the module's test.jvm.args, as Surefire's argLine has them.
     */
    static List<String> options(String testJvmArgs) {
        List<String> options = new ArrayList<>();
        String all = System.getProperty("course.test.locale", "-Duser.language=de -Duser.country=DE") + " "
                + testJvmArgs;
        for (String option : all.strip().split("\\s+")) {
            if (!option.isEmpty() && !option.equals("--enable-preview")) {
                options.add(option);
            }
        }
        return options;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
