package course.testing.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

// tag::stress[]
/** The shared-state lesson's lost update: two threads run count++ once each on a plain field, millions of times over. */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update: both read 0, both wrote 1")
@State
public class LostUpdateStress {

    long count;

    @Actor
    public void first() {
        count++;
    }

    @Actor
    public void second() {
        count++;
    }

    @Arbiter
    public void result(J_Result result) {
        result.r1 = count; // read once both actors have finished
    }
}
// end::stress[]
