package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class TallyTest {

    /** Two threads add the word once each, with the map's get holding each after its read until both have read. */
    private static long twoAddsMeetingAfterTheirReads(Function<MeetingMap, Tally> kind) throws InterruptedException {
        MeetingMap map = new MeetingMap();
        Tally tally = kind.apply(map);
        map.arm();
        Threads.Started first = Threads.run(() -> tally.add("cat"));
        Threads.Started second = Threads.run(() -> tally.add("cat"));
        first.joinAndRethrow();
        second.joinAndRethrow();
        map.disarm(); // count() reads with get too
        return tally.count("cat");
    }

    // tag::lost[]
    @Test
    void getThenPutLosesACountWhenBothThreadsGetBeforeEitherPuts() throws InterruptedException {
        // The map's get waits at a barrier after reading until both threads have read (see MeetingMap):
        // both read "no count yet", both put 1.
        long counted = twoAddsMeetingAfterTheirReads(RacyTally::new);

        assertThat(counted).isEqualTo(1); // two adds, one count: every run
    }
    // end::lost[]

    @ParameterizedTest(name = "{0} counts both adds where get-then-put loses one")
    @ValueSource(strings = {"merge", "compute"})
    void mergeAndComputeCountBothAddsWhereGetThenPutLosesOne(String kind) throws InterruptedException {
        // merge and compute never call get, so the meeting never holds them; a get-then-put would lose a count.
        long counted = twoAddsMeetingAfterTheirReads(kind.equals("merge") ? MergeTally::new : ComputeTally::new);

        assertThat(counted).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} counts every add from every thread")
    @ValueSource(strings = {"merge", "compute"})
    void atomicUpdatesCountEveryAddFromEveryThread(String kind) throws InterruptedException {
        // Many threads at once: a load test. It shows that nothing is lost in these runs; a lost update in
        // wrong code it would find only by chance, which is why the test above forces the interleaving.
        Tally counted = WordCount.count(kind.equals("merge") ? MergeTally::new : ComputeTally::new, 4, 1_000);

        assertThat(counted.count("the")).isEqualTo(2L * 4 * 1_000);
        assertThat(counted.count("cat")).isEqualTo(4L * 1_000);
        assertThat(counted.count("dog")).isZero();
    }

    @Test
    void oneThreadAloneCountsCorrectlyEvenWithGetThenPut() {
        RacyTally tally = new RacyTally();
        for (int i = 0; i < 1000; i++) {
            tally.add("mat");
        }
        assertThat(tally.count("mat")).isEqualTo(1000);
    }
}
