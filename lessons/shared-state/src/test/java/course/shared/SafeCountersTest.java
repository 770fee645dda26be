package course.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A smoke test of the four safe counters: in this run of a race, nothing was lost. It cannot show that they are
 * right for every interleaving (a counter without its lock may pass it too, if the threads happen not to
 * overlap); the reason they are right is the happens-before argument in the lesson.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SafeCountersTest {

    static Stream<Arguments> safeCounters() {
        return CounterRace.counters().entrySet().stream()
                .filter(kind -> !kind.getKey().startsWith("unsafe"))
                .map(kind -> Arguments.of(kind.getKey(), kind.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("safeCounters")
    void nothingIsLostInOneRaceOfFourThreads(String name, Supplier<Counter> counter) throws InterruptedException {
        assertThat(CounterRace.race(counter.get(), 4, 20_000)).isEqualTo(80_000);
    }
}
