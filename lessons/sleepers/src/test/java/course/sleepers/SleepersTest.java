package course.sleepers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// Each bug these tests name (mistakes/*.patch) fails them within seconds; the time limit runs each test on a
// thread of its own, so that it could stop a test that hangs (the default SAME_THREAD mode could not).
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SleepersTest {

    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

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
    void allTenAreAsleepAtTheSameMoment() throws InterruptedException {
        // Each "nap" waits until all ten sleepers are napping: that shows that all ten threads were alive and
        // waiting at the same moment (concurrency; it works on one core too, and says nothing about parallelism).
        // Bugs it catches: start and join in one loop (the first sleeper waits while the caller waits for it,
        // and no other is started: it gives up at once), and run() instead of start() (the nap runs on the
        // caller's own thread: it fails at once).
        Thread caller = Thread.currentThread();
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        CountDownLatch allAsleep = new CountDownLatch(10);
        Sleeper.Nap waitForTheOthers = duration -> {
            if (Thread.currentThread() == caller) {
                throw new AssertionError("a sleeper ran on the caller's thread: run() instead of start()?");
            }
            allAsleep.countDown();
            while (!allAsleep.await(POLL_NANOS, TimeUnit.NANOSECONDS)) {
                if (caller.getState() == Thread.State.WAITING && startedSince(before, caller) < 10
                        && allAsleep.getCount() > 0) {
                    throw new AssertionError("the caller waits for a sleeper before all ten have been started");
                }
            }
        };

        Sleepers.runAll(10, Duration.ofSeconds(5), out, waitForTheOthers);

        assertThat(lines()).as("an AssertionError above ended a sleeper early").hasSize(20)
                .filteredOn(line -> line.endsWith("woke up")).hasSize(10);
    }

    /** The threads started since {@code before} that are still alive, other than the caller. */
    private static int startedSince(Set<Thread> before, Thread caller) {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread != caller).count();
    }

    @Test
    void runJoinsEveryThreadBeforeReturning() throws InterruptedException {
        // No "woke up" line may be missing when runAll returns: that is what join() guarantees. A nap ends only
        // once the caller waits (in join), so code without the joins returns while all three are still napping.
        Thread caller = Thread.currentThread();
        AtomicBoolean returned = new AtomicBoolean();
        Sleeper.Nap untilTheCallerWaits = duration -> {
            while (Thread.currentThread() != caller && !returned.get()
                    && caller.getState() != Thread.State.WAITING) {
                LockSupport.parkNanos(POLL_NANOS); // polls a condition; no timing is assumed
            }
        };
        long wokeUp;
        try {
            Sleepers.runAll(3, Duration.ofSeconds(5), out, untilTheCallerWaits);
            wokeUp = lines().stream().filter(line -> line.endsWith("woke up")).count();
        } finally {
            returned.set(true);
        }
        assertThat(wokeUp).as("\"woke up\" lines when runAll returned").isEqualTo(3);
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
    void theProgramPrintsTwentyLinesAndTheStartTimeForTheDefaultTenThreads() throws InterruptedException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = Sleepers.run(new String[] {"--seconds", "0"}, out,
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(lines()).hasSize(21).contains("thread 9 sleeps for 0 seconds", "thread 0 woke up");
        // Last, the time the start loop took, formatted for people with Locale.US (the tests run in German).
        assertThat(lines().getLast()).matches("main: creating and starting the 10 threads took \\d+\\.\\d{3} ms");
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
