package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TallyTest {

    // tag::lost[]
    @Test
    void getThenPutLosesACountWhenBothThreadsGetBeforeEitherPuts() throws InterruptedException {
        CyclicBarrier bothHaveRead = new CyclicBarrier(2); // neither puts before the other has read
        RacyTally tally = new RacyTally(() -> {
            try {
                bothHaveRead.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });

        Thread first = Thread.ofPlatform().start(() -> tally.add("cat"));
        Thread second = Thread.ofPlatform().start(() -> tally.add("cat"));
        first.join();
        second.join();

        assertThat(tally.count("cat")).isEqualTo(1); // two adds, one count: every run
    }
    // end::lost[]

    @ParameterizedTest
    @ValueSource(strings = {"merge", "compute"})
    void atomicUpdatesCountEveryAddFromEveryThread(String kind) throws InterruptedException {
        Supplier<Tally> tally = kind.equals("merge") ? MergeTally::new : ComputeTally::new;

        Tally counted = WordCount.count(tally, 4, 5_000);

        assertThat(counted.count("the")).isEqualTo(2L * 4 * 5_000);
        assertThat(counted.count("cat")).isEqualTo(4L * 5_000);
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
