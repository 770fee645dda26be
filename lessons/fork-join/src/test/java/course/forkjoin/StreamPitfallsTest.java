package course.forkjoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StreamPitfallsTest {

    @Test
    void boxedAndPrimitiveSumsAgree() {
        int[] numbers = IntStream.range(0, 100_000).toArray();
        List<Integer> boxed = IntStream.of(numbers).boxed().toList();
        assertThat(StreamPitfalls.boxedSum(boxed)).isEqualTo(StreamPitfalls.primitiveSum(numbers))
                .isEqualTo(99_999L * 100_000 / 2);
    }

    @RepeatedTest(5)
    void findFirstGivesTheFirstMatchEveryTime() {
        assertThat(StreamPitfalls.firstMultiple(1_000_000, 1_000)).hasValue(1_000);
    }

    @RepeatedTest(5)
    void findAnyGivesSomeMatchNotNecessarilyTheFirst() {
        int found = StreamPitfalls.anyMultiple(1_000_000, 1_000).orElseThrow();
        assertThat(found % 1_000).isZero();
        assertThat(found).isBetween(1_000, 999_000);
    }

    @RepeatedTest(5)
    void toListKeepsEverySquareInEncounterOrder() {
        List<Long> squares = StreamPitfalls.squaresCollected(100_000);
        assertThat(squares).hasSize(100_000);
        assertThat(squares.get(0)).isZero();
        assertThat(squares.get(99_999)).isEqualTo(99_999L * 99_999);
        assertThat(squares).isSorted();
    }

    @Test
    void tryArrayListReportsASizeOrAnException() {
        assertThat(StreamPitfalls.tryArrayList(10_000)).matches("[\\d,]+ elements|\\w+Exception");
    }
}
