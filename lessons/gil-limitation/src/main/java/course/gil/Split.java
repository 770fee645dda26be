package course.gil;

import java.util.ArrayList;
import java.util.List;

/** How the numbers below a limit are shared among workers. */
public enum Split {

    // tag::split[]
    /** Worker k gets one contiguous range. Big numbers cost more, so the last worker gets the most work. */
    CONTIGUOUS {
        @Override
        List<Range> rangesFor(int worker, int workers, int limit) {
            int from = (int) ((long) limit * worker / workers);
            int to = (int) ((long) limit * (worker + 1) / workers);
            return List.of(new Range(from, to));
        }
    },

    /** Blocks of BLOCK numbers are dealt round-robin, like cards: every worker gets cheap and dear blocks. */
    BALANCED {
        @Override
        List<Range> rangesFor(int worker, int workers, int limit) {
            List<Range> ranges = new ArrayList<>();
            for (long from = (long) worker * BLOCK; from < limit; from += (long) workers * BLOCK) {
                ranges.add(new Range((int) from, (int) Math.min(from + BLOCK, limit)));
            }
            return ranges;
        }
    };
    // end::split[]

    static final int BLOCK = 10_000;

    /** The numbers from (inclusive) to to (exclusive). */
    record Range(int from, int to) {
    }

    abstract List<Range> rangesFor(int worker, int workers, int limit);
}
