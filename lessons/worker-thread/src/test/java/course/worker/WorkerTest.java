package course.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// Each bug these tests name (mistakes/*.patch) fails them within seconds; the time limit runs each test on a
// thread of its own, so that it could stop a test that hangs (the default SAME_THREAD mode could not).
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WorkerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> linesOf(String prefix) {
        return lines().stream().filter(line -> line.startsWith(prefix)).toList();
    }

    private static List<String> zeroToNine(String prefix) {
        return IntStream.range(0, 10).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void oneWorkerPrintsZeroToNine() throws InterruptedException {
        Worker worker = new Worker(1, out, Worker.Pause.none());
        worker.start();
        worker.join();

        assertThat(lines()).containsExactlyElementsOf(zeroToNine("worker 1: "));
        assertThat(worker.getName()).isEqualTo("worker-1");
    }

    @Test
    void everyWorkerCountsInOrderWithinItsOwnLines() throws InterruptedException {
        ThreeWorkers.runThree(out, Worker.Pause.none());

        assertThat(lines()).hasSize(30);
        for (int id = 1; id <= 3; id++) {
            assertThat(linesOf("worker " + id + ": ")).containsExactlyElementsOf(zeroToNine("worker " + id + ": "));
        }
    }

    @Test
    void theThreeWorkersAreInProgressAtTheSameTimeSoTheirLinesInterleave() throws InterruptedException {
        // After line 4, every worker waits until all three have printed their line 4. That shows that all three
        // threads were alive and inside run() at the same moment (concurrency: it works on one core too, and
        // says nothing about parallelism); and then every worker's "4" comes before any worker's "5".
        // Bugs it catches: start and join in one loop (the caller waits for worker 1 while the others are not
        // started: worker 1 fails at once), and run() instead of start() (the pause runs on the caller's thread).
        Thread caller = Thread.currentThread();
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        CountDownLatch halfway = new CountDownLatch(3);
        Worker.Pause meetHalfway = step -> {
            if (step != 4) {
                return;
            }
            if (Thread.currentThread() == caller) {
                throw new AssertionError("a worker ran on the caller's thread: run() instead of start()?");
            }
            halfway.countDown();
            while (!halfway.await(100, TimeUnit.MICROSECONDS)) { // polls a condition; no timing is assumed
                long started = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> !before.contains(thread) && thread != caller).count();
                if (caller.getState() == Thread.State.WAITING && started < 3 && halfway.getCount() > 0) {
                    throw new AssertionError("the caller waits for a worker before all three have been started");
                }
            }
        };

        ThreeWorkers.runThree(out, meetHalfway);

        List<String> lines = lines();
        int lastFour = IntStream.rangeClosed(1, 3).map(id -> lines.indexOf("worker " + id + ": 4")).max().orElseThrow();
        int firstFive = IntStream.rangeClosed(1, 3).map(id -> lines.indexOf("worker " + id + ": 5")).min().orElseThrow();
        assertThat(lastFour).as("every worker prints 4 before any prints 5: %s", lines).isLessThan(firstFive);
        for (int id = 1; id <= 3; id++) {
            assertThat(linesOf("worker " + id + ": ")).containsExactlyElementsOf(zeroToNine("worker " + id + ": "));
        }
    }

    @Test
    void anInterruptedWorkerStopsAndKeepsTheFlag() throws InterruptedException {
        boolean[] flag = new boolean[1];
        Worker worker = new Worker(2, out, step -> {
            throw new InterruptedException();
        }) {
            @Override
            public void run() {
                super.run();
                flag[0] = isInterrupted();
            }
        };
        worker.start();
        worker.join();

        assertThat(lines()).containsExactly("worker 2: 0");
        assertThat(flag[0]).isTrue();
    }

    @Test
    void runnableCountersAreNamedByTheBuilder() throws InterruptedException {
        RunnableWorkers.runThree(out);

        assertThat(lines()).hasSize(30);
        for (int n = 1; n <= 3; n++) {
            assertThat(linesOf("counter-" + n + ": ")).containsExactlyElementsOf(zeroToNine("counter-" + n + ": "));
        }
    }

    @Test
    void theProgramRejectsABadPauseWithExitCode2() throws InterruptedException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = ThreeWorkers.run(new String[] {"--pause-ms", "-3"}, out,
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith("expected --pause-ms").containsOnlyOnce("\n");
        assertThat(lines()).isEmpty();
    }

    @Test
    void theProgramRunsWithoutPause() throws InterruptedException {
        int code = ThreeWorkers.run(new String[] {"--pause-ms", "0"}, out, out);

        assertThat(code).isZero();
        assertThat(lines()).hasSize(30);
    }
}
