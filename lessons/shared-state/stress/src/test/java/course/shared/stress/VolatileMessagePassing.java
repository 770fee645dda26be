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
 * The same message passing with the flag volatile. The write of data comes before the volatile write of
 * ready in program order; that write happens-before a read that sees it; the read of data comes after it:
 * by transitivity the reader that sees ready == 1 must see data == 42.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the reader came first: it saw neither write")
@Outcome(id = "0, 42", expect = ACCEPTABLE, desc = "the reader saw the data, not yet the flag")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "the reader saw both writes")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "the flag without the data: the memory model forbids it")
@State
public class VolatileMessagePassing {

    int data;          // still plain: the volatile flag orders it
    volatile int ready;

    @Actor
    public void writer() {
        data = 42;
        ready = 1;
    }

    @Actor
    public void reader(II_Result r) {
        r.r1 = ready;
        r.r2 = data;
    }
}
// end::volatile[]
