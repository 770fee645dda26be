package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CpuOnVirtualTest {

    @ParameterizedTest(name = "{0} cores")
    @ValueSource(ints = {2, 3, 16})
    void onePlatformThreadPerCoreMeansAsManyThreadsAsCores(int cores) throws Exception {
        // The tasks meet at a barrier that opens only when `cores` of them run at the same time.
        CyclicBarrier allCores = new CyclicBarrier(cores);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            tasks.add(() -> allCores.await(20, TimeUnit.SECONDS));
        }
        try (ExecutorService executor = CpuOnVirtual.Runner.PLATFORM_THREAD_PER_CORE.executor(cores)) {
            executor.invokeAll(tasks).forEach(task -> assertThat(task.state().name()).isEqualTo("SUCCESS"));
        }
        assertThat(CpuOnVirtual.Runner.PLATFORM_THREAD_PER_CORE.label(cores)).isEqualTo(cores + " platform threads");
    }

    @Test
    void onePlatformThreadRunsEveryTaskOnTheSameThread() throws Exception {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> threads.add(Thread.currentThread()));
        }
        try (ExecutorService executor = CpuOnVirtual.Runner.ONE_PLATFORM_THREAD.executor(16)) {
            executor.invokeAll(tasks);
        }
        assertThat(threads).hasSize(1);
    }

    @Test
    void virtualThreadsAreVirtual() throws Exception {
        try (ExecutorService executor = CpuOnVirtual.Runner.VIRTUAL_THREADS.executor(16)) {
            assertThat(executor.submit(() -> Thread.currentThread().isVirtual()).get()).isTrue();
        }
    }

    @Test
    void everyRunnerCountsTheSamePrimes() throws Exception {
        for (CpuOnVirtual.Runner runner : CpuOnVirtual.Runner.values()) {
            try (ExecutorService executor = runner.executor(2)) {
                assertThat(CpuOnVirtual.countPrimes(executor, 10_000, 8)).as(runner.name()).isEqualTo(1_229);
            }
        }
    }

    @Test
    void readsTheNumberOfTasks() {
        assertThat(CpuOnVirtual.tasks()).isEqualTo(8);
        assertThat(CpuOnVirtual.tasks("--tasks", "1000")).isEqualTo(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "--tasks", "--tasks 0", "--tasks 100001", "--tasks ten", "--tasks 8 9"})
    void aBadArgumentGivesOneLineAndExitCode2(String args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CpuOnVirtual.run(args.split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), 2);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("expected --tasks with a whole number from 1 to 100000, got \"" + args + "\"")
                .contains("usage: CpuOnVirtual");
        assertThat(out.size()).isZero();
    }
}
