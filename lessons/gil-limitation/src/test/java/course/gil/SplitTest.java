package course.gil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SplitTest {

    @ParameterizedTest
    @EnumSource(Split.class)
    void everyNumberGoesToExactlyOneWorker(Split split) {
        for (int limit : new int[] {0, 1, 999, 10_000, 123_457}) {
            for (int workers = 1; workers <= 7; workers++) {
                BitSet seen = new BitSet(limit);
                for (int worker = 0; worker < workers; worker++) {
                    for (Split.Range range : split.rangesFor(worker, workers, limit)) {
                        int twice = seen.get(range.from(), range.to()).nextSetBit(0);
                        assertThat(twice).as("%s: %d given twice", split, range.from() + twice).isEqualTo(-1);
                        seen.set(range.from(), range.to());
                    }
                }
                assertThat(seen.cardinality()).as("%s, %d workers, limit %d", split, workers, limit).isEqualTo(limit);
            }
        }
    }

    @Test
    void balancedBlocksGiveEveryWorkerAboutTheSameCost() {
        // The cost of testing n grows like sqrt(n): compare the total per worker.
        double[] balanced = costs(Split.BALANCED, 4, 2_000_000);
        double[] contiguous = costs(Split.CONTIGUOUS, 4, 2_000_000);
        assertThat(max(balanced) / min(balanced)).isLessThan(1.05);
        assertThat(max(contiguous) / min(contiguous)).isGreaterThan(2.5);
    }

    private static double[] costs(Split split, int workers, int limit) {
        double[] costs = new double[workers];
        for (int worker = 0; worker < workers; worker++) {
            for (Split.Range range : split.rangesFor(worker, workers, limit)) {
                for (int n = range.from(); n < range.to(); n++) {
                    costs[worker] += Math.sqrt(n);
                }
            }
        }
        return costs;
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }
}
