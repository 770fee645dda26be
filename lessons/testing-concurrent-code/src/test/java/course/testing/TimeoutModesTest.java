package course.testing;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What JUnit's two timeout modes do with a test that hangs. The hanging tests are the small classes below; each
 * test here runs one of them with JUnit's launcher and checks what happened. They run only from here.
 */
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class TimeoutModesTest {

    /** A loop that ignores interrupts, like a busy-wait on a flag: only release() ends it. */
    static final class Spin {
        static volatile boolean enabled;
        static volatile boolean released;
        static volatile boolean returned;
        static volatile Thread spinner;

        static void untilReleased() {
            spinner = Thread.currentThread();
            while (!released) {
                Thread.onSpinWait(); // no interrupt check: an interrupt changes nothing here
            }
            returned = true;
        }
    }

    static boolean enabled() {
        return Spin.enabled;
    }

    // tag::hanging-tests[]
    @EnabledIf("course.testing.TimeoutModesTest#enabled")
    static class SpinsWithSameThreadTimeout {
        @Test
        @Timeout(value = 100, unit = MILLISECONDS, threadMode = ThreadMode.SAME_THREAD)
        void spins() {
            Spin.untilReleased();
        }
    }

    @EnabledIf("course.testing.TimeoutModesTest#enabled")
    static class WaitsWithSameThreadTimeout {
        @Test
        @Timeout(value = 100, unit = MILLISECONDS, threadMode = ThreadMode.SAME_THREAD)
        void waits() throws InterruptedException {
            new CountDownLatch(1).await(); // nobody counts it down: only an interrupt ends the wait
        }
    }

    @EnabledIf("course.testing.TimeoutModesTest#enabled")
    static class SpinsWithSeparateThreadTimeout {
        @Test
        @Timeout(value = 100, unit = MILLISECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
        void spins() {
            Spin.untilReleased();
        }
    }
    // end::hanging-tests[]

    @BeforeEach
    void enableTheHangingTests() {
        Spin.released = false;
        Spin.returned = false;
        Spin.spinner = null;
        Spin.enabled = true;
    }

    @AfterEach
    void releaseAnyLoopLeftSpinning() {
        Spin.enabled = false;
        Spin.released = true;
    }

    // tag::same-thread[]
    @Test
    void sameThreadInterruptsASpinningTestButWaitsUntilItReturns() {
        CompletableFuture<TestExecutionResult> run = CompletableFuture.supplyAsync(
                () -> runTest(SpinsWithSameThreadTimeout.class)); // in the background: it cannot end by itself

        await().atMost(Duration.ofSeconds(20)).until(() -> Spin.spinner != null && Spin.spinner.isInterrupted());
        assertThat(run).as("the timeout has expired and interrupted the test, but the test still runs").isNotDone();

        Spin.released = true;                                 // only this ends the loop
        TestExecutionResult result = run.join();
        assertThat(failureOf(result)).isInstanceOf(TimeoutException.class) // failed, but only now
                .hasMessageContaining("timed out after 100 milliseconds");
    }

    @Test
    void sameThreadStopsATestThatWaitsInterruptibly() {
        TestExecutionResult result = runTest(WaitsWithSameThreadTimeout.class); // returns by itself

        assertThat(failureOf(result)).isInstanceOf(TimeoutException.class)
                .hasMessageContaining("timed out after 100 milliseconds");
    }
    // end::same-thread[]

    // tag::separate-thread[]
    @Test
    void separateThreadFailsASpinningTestAndLeavesItsLoopRunning() {
        TestExecutionResult result = runTest(SpinsWithSeparateThreadTimeout.class); // returns by itself

        assertThat(failureOf(result)).isInstanceOf(TimeoutException.class)
                .hasMessageContaining("timed out after 100 milliseconds");
        assertThat(Spin.returned).as("the test code never returned: it was abandoned, not stopped").isFalse();
    }
    // end::separate-thread[]

    // tag::thread-local[]
    private static final ThreadLocal<String> user = new ThreadLocal<>();

    @BeforeEach
    void logIn() {
        user.set("ada"); // in JUnit's thread, which runs @BeforeEach
    }

    @AfterEach
    void logOut() {
        user.remove();
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SAME_THREAD)
    void inTheSameThreadTheTestSeesWhatBeforeEachSet() {
        assertThat(user.get()).isEqualTo("ada");
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    void inASeparateThreadTheTestDoesNot() {
        assertThat(user.get()).isNull(); // another thread: its own, empty, ThreadLocal value
    }
    // end::thread-local[]

    private static Throwable failureOf(TestExecutionResult result) {
        return result.getThrowable().orElseThrow(() -> new AssertionError("expected the test to fail, it passed"));
    }

    /** Runs one test class with JUnit's launcher, as a build tool does, and returns how its test ended. */
    private static TestExecutionResult runTest(Class<?> testClass) {
        AtomicReference<TestExecutionResult> result = new AtomicReference<>();
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(testClass)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult finished) {
                        if (test.isTest()) {
                            result.set(finished);
                        }
                    }
                });
        return result.get();
    }
}
