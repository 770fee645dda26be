package course.waitforall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SleeperTeamTest {

    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);
    private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everySleeperSaysItSleepsAndThenThatItWokeUp() throws InterruptedException {
        SleeperTeam team = new SleeperTeam(duration -> { }, InstantSource.fixed(START), out);

        team.runAll(3, FIVE_SECONDS);

        List<String> lines = lines();
        assertThat(lines).withFailMessage("Expected 6 lines (2 for each of 3 sleepers), got %d:%n%s%n"
                + "Hint: start one thread per sleeper, each running sleeper(id, duration) with id 1, 2, 3.",
                lines.size(), String.join("\n", lines)).hasSize(6);
        for (int id = 1; id <= 3; id++) {
            int sleeps = lines.indexOf("thread " + id + " sleeps for 5000 ms");
            int wokeUp = lines.indexOf("thread " + id + " woke up");
            assertThat(sleeps >= 0 && wokeUp > sleeps).withFailMessage("Expected \"thread %d sleeps for 5000 ms\""
                    + " and later \"thread %d woke up\", got:%n%s%nHint: number the sleepers 1 to count, not 0 to count - 1.",
                    id, id, String.join("\n", lines)).isTrue();
        }
    }

    @Test
    void allSleepersNapAtTheSameTime() throws InterruptedException {
        int count = 4;
        CyclicBarrier allAsleep = new CyclicBarrier(count); // opens only when all four nap at once
        AtomicInteger alone = new AtomicInteger();
        SleeperTeam team = new SleeperTeam(duration -> {
            try {
                allAsleep.await(5, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                alone.incrementAndGet();
            }
        }, InstantSource.fixed(START), out);

        team.runAll(count, FIVE_SECONDS);

        assertThat(alone.get()).withFailMessage("Expected all %d sleepers to be asleep at the same moment, but"
                + " %d of them waited 5 s for the others and gave up.%nHint: start every thread first, then"
                + " join them in a second loop; start-then-join in one loop runs the sleepers one after another.",
                count, alone.get()).isZero();
    }

    @Test
    void runAllReturnsOnlyAfterEverySleeperWokeUp() throws InterruptedException {
        CallerGate gate = new CallerGate();
        SleeperTeam team = new SleeperTeam(duration -> gate.holdUntilTheCallerWaits(), InstantSource.fixed(START), out);

        try {
            team.runAll(3, FIVE_SECONDS);
            long wokeUp = lines().stream().filter(line -> line.endsWith("woke up")).count();
            assertThat(wokeUp).withFailMessage("Expected 3 \"woke up\" lines when runAll returns, got %d."
                    + "%nHint: call join() on every thread before runAll returns.", wokeUp).isEqualTo(3);
        } finally {
            gate.callerReturned();
        }
    }

    @Test
    void reportsHowLongTheWholeRunTook() throws InterruptedException {
        CallerGate gate = new CallerGate();
        AtomicReference<Instant> now = new AtomicReference<>(START);
        InstantSource clock = now::get;
        // A nap moves the test's clock to START + duration, instead of waiting for the real one.
        SleeperTeam team = new SleeperTeam(duration -> {
            gate.holdUntilTheCallerWaits();
            now.accumulateAndGet(START.plus(duration), (a, b) -> a.isAfter(b) ? a : b);
        }, clock, out);

        Duration took;
        try {
            took = team.runAll(3, FIVE_SECONDS);
        } finally {
            gate.callerReturned();
        }

        assertThat(took).withFailMessage("Expected runAll(3, 5 s) to report 5 s (three sleepers sleeping at the"
                + " same time), got %s.%nHint: read the clock once before starting the threads and once after"
                + " the last join, and return Duration.between(start, end).", took).isEqualTo(FIVE_SECONDS);
    }

    @Test
    void noSleepersTakeNoTime() throws InterruptedException {
        SleeperTeam team = new SleeperTeam(duration -> { }, InstantSource.fixed(START), out);

        Duration took = team.runAll(0, FIVE_SECONDS);

        assertThat(took).withFailMessage("Expected runAll(0, 5 s) to report 0 s and print nothing, got %s and %s",
                took, lines()).isEqualTo(Duration.ZERO);
        assertThat(lines()).isEmpty();
    }

    @Test
    void aNegativeCountIsRefusedWithAClearMessage() {
        SleeperTeam team = new SleeperTeam(duration -> { }, InstantSource.fixed(START), out);

        assertThatThrownBy(() -> team.runAll(-1, FIVE_SECONDS))
                .as("runAll(-1, 5 s) must throw IllegalArgumentException (Hint: check count first)")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
