package course.waitforall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// A wrong solution may block for ever (a sleeper waiting for sleepers never started): the time limit runs the
// test on a thread of its own, so that a hang fails within seconds (the default SAME_THREAD mode could not
// stop it).
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SleeperTeamTest {

    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);
    /**
     * The test clock's first reading: two seconds before System.nanoTime's long wraps around. Only the difference
     * of two readings means anything (see System.nanoTime), and end - start is right across the wrap.
     */
    private static final long START = Long.MAX_VALUE - TimeUnit.SECONDS.toNanos(2);
    private static final SleeperTeam.NanoClock STOPPED = () -> START;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everySleeperSaysItSleepsAndThenThatItWokeUp() throws InterruptedException {
        SleeperTeam team = new SleeperTeam(duration -> { }, STOPPED, out);

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
        CallerGate gate = new CallerGate();
        AtomicInteger napping = new AtomicInteger();
        AtomicInteger alone = new AtomicInteger();
        // A sleeper naps until all four nap at once. If the caller starts waiting while fewer than four
        // threads have been started, the others can never come: that sleeper gives up at once, no timeout.
        // A nap parks between two looks (it does not spin), so that sleepers on virtual threads, which are not
        // time-sliced, leave their carrier threads to the sleepers that have not run yet.
        SleeperTeam team = new SleeperTeam(duration -> {
            gate.failOnTheCallersThread();
            napping.incrementAndGet();
            while (napping.get() < count) {
                // (no sleeper has finished while napping < count, so every started one is still alive)
                if (gate.callerWaits() && gate.threadsStarted(count) < count && napping.get() < count) {
                    alone.incrementAndGet();
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // polls a condition; no timing is assumed
            }
        }, STOPPED, out);

        try {
            team.runAll(count, FIVE_SECONDS);
        } finally {
            gate.callerReturned();
        }

        assertThat(alone.get()).withFailMessage("Expected all %d sleepers to be asleep at the same moment, but"
                + " runAll waited for a sleeper before it had started all of them (%d sleepers napped alone)."
                + "%nHint: start every thread first, then join them in a second loop; start-then-join in one"
                + " loop runs the sleepers one after another.", count, alone.get()).isZero();
    }

    @Test
    void runAllReturnsOnlyAfterEverySleeperWokeUp() throws InterruptedException {
        CallerGate gate = new CallerGate();
        SleeperTeam team = new SleeperTeam(duration -> gate.holdUntilTheCallerWaitsForMe(), STOPPED, out);

        try {
            team.runAll(3, FIVE_SECONDS);
            long wokeUp = lines().stream().filter(line -> line.endsWith("woke up")).count();
            assertThat(wokeUp).withFailMessage("Expected 3 \"woke up\" lines when runAll returns, got %d."
                    + "%nHint: call join() on every thread before runAll returns, not only on some of them.", wokeUp)
                    .isEqualTo(3);
        } finally {
            gate.callerReturned();
        }
    }

    @Test
    void waitsForASleeperThatSleepsLongerThanItSaid() throws InterruptedException {
        Duration oneMilli = Duration.ofMillis(1);
        CallerGate gate = new CallerGate();
        // Each nap lasts until runAll waits for that sleeper with no time limit: far longer than 1 ms.
        SleeperTeam team = new SleeperTeam(duration -> gate.holdUntilTheCallerWaitsForMeWithoutATimeLimit(),
                STOPPED, out);

        try {
            team.runAll(3, oneMilli);
            long wokeUp = lines().stream().filter(line -> line.endsWith("woke up")).count();
            assertThat(wokeUp).withFailMessage("Expected runAll(3, 1 ms) to wait until all 3 sleepers woke up,"
                    + " however late, got %d \"woke up\" lines.%nHint: join() with no time limit; join(millis)"
                    + " gives up on a sleeper that oversleeps (a busy machine, a slow disk).", wokeUp).isEqualTo(3);
        } finally {
            gate.callerReturned();
        }
    }

    @Test
    void reportsHowLongTheWholeRunTook() throws InterruptedException {
        CallerGate gate = new CallerGate();
        AtomicLong now = new AtomicLong(START);
        // A nap moves the test's clock to START + duration (past the wrap of a long), instead of waiting for the
        // real one.
        SleeperTeam team = new SleeperTeam(duration -> {
            gate.holdUntilTheCallerWaitsForMe();
            now.set(START + duration.toNanos());
        }, now::get, out);

        Duration took;
        try {
            took = team.runAll(3, FIVE_SECONDS);
        } finally {
            gate.callerReturned();
        }

        assertThat(took).withFailMessage("Expected runAll(3, 5 s) to report 5 s (three sleepers sleeping at the"
                + " same time), got %s.%nHint: read the clock you were given (clock.nanoTime(), not the system's)"
                + " once before starting the threads and once after the last join, and return"
                + " Duration.ofNanos(end - start): the readings may wrap around, their difference does not.", took)
                .isEqualTo(FIVE_SECONDS);
    }

    @Test
    void anInterruptOfTheCallerIsNotLost() {
        CallerGate gate = new CallerGate();
        SleeperTeam team = new SleeperTeam(duration -> gate.holdUntilTheCallerWaitsForMe(), STOPPED, out);
        boolean threw = false;
        Thread.currentThread().interrupt(); // someone asks the caller to stop: its first wait throws at once
        try {
            team.runAll(3, FIVE_SECONDS);
        } catch (InterruptedException expected) {
            threw = true;
        } finally {
            gate.callerReturned();
        }
        boolean stillInterrupted = Thread.interrupted(); // (and cleared, for the next test on this thread)

        assertThat(threw || stillInterrupted).withFailMessage("Expected runAll, called on an interrupted thread,"
                + " to throw InterruptedException (or at least to return with the interrupt still set), but the"
                + " interrupt was lost.%nHint: do not catch the InterruptedException of join(); runAll declares it,"
                + " so let it out.").isTrue();
    }

    @Test
    void aSleeperWhoseNapIsInterruptedStopsAndKeepsTheInterrupt() throws InterruptedException {
        List<Thread> sleepers = new java.util.concurrent.CopyOnWriteArrayList<>();
        SleeperTeam team = new SleeperTeam(duration -> {
            sleepers.add(Thread.currentThread());
            throw new InterruptedException("asked to stop");
        }, STOPPED, out);

        team.runAll(2, FIVE_SECONDS);

        assertThat(lines()).as("an interrupted sleeper does not say it woke up").noneMatch(line -> line.endsWith("woke up"));
        assertThat(sleepers).hasSize(2).allSatisfy(sleeper -> assertThat(sleeper.isInterrupted())
                .as("a sleeper whose nap was interrupted stays interrupted").isTrue());
    }

    @Test
    void noSleepersTakeNoTime() throws InterruptedException {
        SleeperTeam team = new SleeperTeam(duration -> { }, STOPPED, out);

        Duration took = team.runAll(0, FIVE_SECONDS);

        assertThat(took).withFailMessage("Expected runAll(0, 5 s) to report 0 s and print nothing, got %s and %s",
                took, lines()).isEqualTo(Duration.ZERO);
        assertThat(lines()).isEmpty();
    }

    @Test
    void aNegativeCountIsRefusedWithAClearMessage() {
        SleeperTeam team = new SleeperTeam(duration -> { }, STOPPED, out);

        assertThatThrownBy(() -> team.runAll(-1, FIVE_SECONDS))
                .as("runAll(-1, 5 s) must throw IllegalArgumentException (Hint: check count first)")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
