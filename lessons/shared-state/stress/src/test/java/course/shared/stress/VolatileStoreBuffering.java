package course.shared.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

// tag::volatile[]
/**
 * The same store buffering with both fields volatile. Volatile accesses are synchronization actions, which
 * have one total order consistent with each thread's program order (JLS 17.4.4), and a volatile read sees
 * the last write before it in that order (JLS 17.4.7): both reading 0 is forbidden.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "the first thread ran before the second")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "the second thread ran before the first")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the threads interleaved")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "each read before the other write: volatile forbids it")
@State
public class VolatileStoreBuffering {

    volatile int x;
    volatile int y;

    @Actor
    public void first(II_Result r) {
        x = 1;
        r.r1 = y;
    }

    @Actor
    public void second(II_Result r) {
        y = 1;
        r.r2 = x;
    }
}
// end::volatile[]
