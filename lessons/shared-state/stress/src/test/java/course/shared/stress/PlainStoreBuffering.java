package course.shared.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

// tag::plain[]
/**
 * Store buffering with plain fields: each thread writes its own field, then reads the other's. If each
 * thread's statements took effect in its program order, at least one thread would see the other's write.
 * Both reading 0 means that, as seen from the other thread, a read came before the write that precedes it.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "the first thread ran before the second")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "the second thread ran before the first")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the threads interleaved")
@Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "each read came before the other thread's write: reordered")
@State
public class PlainStoreBuffering {

    int x;
    int y;

    @Actor
    public void first(II_Result r) {
        x = 1;      // write first,
        r.r1 = y;   // then read the other field
    }

    @Actor
    public void second(II_Result r) {
        y = 1;
        r.r2 = x;
    }
}
// end::plain[]
