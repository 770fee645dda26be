package course.sleepers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SleepersTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everySleeperSaysBothLinesAndWakesUpAfterFallingAsleep() throws InterruptedException {
        Sleepers.runAll(10, Duration.ofMillis(20), out, Sleeper.SLEEP);

        List<String> lines = lines();
        assertThat(lines).hasSize(20);
        for (int i = 0; i < 10; i++) {
            int asleep = lines.indexOf("thread " + i + " sleeps for 20 ms");
            int awake = lines.indexOf("thread " + i + " woke up");
            assertThat(asleep).as("line 'thread %d sleeps' in %s", i, lines).isNotNegative();
            assertThat(awake).as("line 'thread %d woke up' in %s", i, lines).isGreaterThan(asleep);
        }
    }

    @Test
    @Timeout(30)
    void allTenSleepAtTheSameMoment() throws InterruptedException {
        // Each "nap" waits until all ten sleepers are napping. If the threads ran one after another,
        // the first one would wait forever and the barrier would time out.
        CyclicBarrier allAsleep = new CyclicBarrier(10);
        Sleeper.Nap waitForTheOthers = duration -> {
            try {
                allAsleep.await(20, TimeUnit.SECONDS);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new AssertionError("the sleepers did not all sleep at the same time", e);
            }
        };

        Sleepers.runAll(10, Duration.ofSeconds(5), out, waitForTheOthers);

        assertThat(lines()).hasSize(20).filteredOn(line -> line.endsWith("woke up")).hasSize(10);
        assertThat(allAsleep.isBroken()).isFalse();
    }

    @Test
    void runJoinsEveryThreadBeforeReturning() throws InterruptedException {
        // No "woke up" line may be missing when runAll returns: that is what join() guarantees.
        Sleepers.runAll(3, Duration.ofMillis(50), out, Sleeper.SLEEP);
        assertThat(lines()).filteredOn(line -> line.endsWith("woke up")).hasSize(3);
    }

    @Test
    void anInterruptedSleeperSaysSoAndKeepsTheFlag() throws InterruptedException {
        Sleeper.Nap interrupted = duration -> {
            throw new InterruptedException();
        };
        boolean[] flag = new boolean[1];
        Thread thread = new Thread(() -> {
            new Sleeper(7, Duration.ofSeconds(5), out, interrupted).run();
            flag[0] = Thread.currentThread().isInterrupted();
        });
        thread.start();
        thread.join();

        assertThat(lines()).containsExactly("thread 7 sleeps for 5 seconds", "thread 7 was interrupted");
        assertThat(flag[0]).isTrue();
    }

    @Test
    void theProgramPrintsTwentyLinesForTheDefaultTenThreads() throws InterruptedException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = Sleepers.run(new String[] {"--seconds", "0"}, out,
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(lines()).hasSize(20).contains("thread 9 sleeps for 0 seconds", "thread 0 woke up");
        assertThat(errors.size()).isZero();
    }

    @Test
    void aBadArgumentGivesOneLineAndExitCode2() throws InterruptedException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = Sleepers.run(new String[] {"--threads", "0"}, out,
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8).lines().toList())
                .singleElement().asString().startsWith("--threads needs a whole number from 1 to 10000");
        assertThat(lines()).isEmpty();
    }
}
