package course.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs every test under a folder of compiled test classes RUNS times in this JVM, through the JUnit Platform
 * launcher, and prints one {@link TestResult} line a test. Each run discovers the classes again, so every run gets
 * new test instances: a full, independent pass. TestJvm starts it in a fresh JVM for each variant or lab.
 * After the time limit it prints what it has and stops the JVM: a hung test must not hang labs/prove.
 * Usage: TestRunner RUNS TEST_CLASSES SECONDS
 */
public final class TestRunner {

    static final String TIMEOUT = "TIMEOUT\t";

    private final Map<String, TestResult> results = new LinkedHashMap<>();
    private final int runs;

    private TestRunner(int runs) {
        this.runs = runs;
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        Path testClasses = Path.of(args[1]);
        long limitSeconds = Long.parseLong(args[2]);
        TestRunner runner = new TestRunner(runs);
        Thread watchdog = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(limitSeconds);
                System.out.println(TIMEOUT + limitSeconds);
                runner.print();
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException e) {
                // finished in time
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();

        Launcher launcher = LauncherFactory.create();
        for (int run = 1; run <= runs; run++) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(testClasses)))
                    .build();
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    runner.record(test, result);
                }
            });
        }
        runner.print();
        Runtime.getRuntime().halt(0); // threads that a wrong variant left running must not keep the JVM alive
    }

    private synchronized void record(TestIdentifier test, TestExecutionResult result) {
        boolean failed = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (!test.isTest() && !failed) {
            return; // a container that passed says nothing its tests do not
        }
        TestResult.named(test.getUniqueId(), test.getDisplayName(), test.isTest(), runs).ifPresent(named -> {
            String message = result.getThrowable()
                    .map(t -> String.valueOf(t).replace('\t', ' ').lines().findFirst().orElse(""))
                    .orElse("");
            results.merge(named.name(), failed ? withFailure(named, message) : named,
                    (old, now) -> failed ? withFailure(old, message) : old);
        });
    }

    private static TestResult withFailure(TestResult result, String message) {
        return new TestResult(result.testClass(), result.method(), result.invocation(), result.failed() + 1,
                result.runs(), result.message().isEmpty() ? message : result.message());
    }

    private synchronized void print() {
        results.values().forEach(result -> System.out.println(result.format()));
        System.out.flush();
    }
}
