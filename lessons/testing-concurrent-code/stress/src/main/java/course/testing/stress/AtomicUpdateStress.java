package course.testing.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/** The same two increments on an AtomicLong: a lost update is now forbidden, and jcstress fails if it sees one. */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update")
@State
public class AtomicUpdateStress {

    final AtomicLong count = new AtomicLong();

    @Actor
    public void first() {
        count.incrementAndGet();
    }

    @Actor
    public void second() {
        count.incrementAndGet();
    }

    @Arbiter
    public void result(J_Result result) {
        result.r1 = count.get();
    }
}
