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
 * Message passing with plain fields: one thread writes the data, then sets a flag; the other reads the flag,
 * then the data. Seeing the flag set and the data still 0 is allowed: nothing orders the two writes, or the
 * two reads, for another thread.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the reader came first: it saw neither write")
@Outcome(id = "0, 42", expect = ACCEPTABLE, desc = "the reader saw the data, not yet the flag")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "the reader saw both writes")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "the reader saw the flag but not the data written before it")
@State
public class PlainMessagePassing {

    int data;
    int ready; // plain, like data

    @Actor
    public void writer() {
        data = 42;  // in the writer's program order, data is written first,
        ready = 1;  // then the flag
    }

    @Actor
    public void reader(II_Result r) {
        r.r1 = ready; // read the flag first,
        r.r2 = data;  // then the data
    }
}
// end::plain[]
