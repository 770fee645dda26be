package course.testing.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

// tag::termination[]
/**
 * A stop flag without volatile: does a thread spinning on it ever leave its loop once another thread set it?
 * An ordinary jcstress test cannot ask that (its actors must end); the termination mode can.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "saw the flag, left the loop")
@Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING, desc = "never saw the flag: spins on")
@State
public class PlainFlagTermination {

    boolean stopped; // a plain field: the JIT compiler may read it once and spin on that value forever

    @Actor
    public void spinUntilStopped() {
        while (!stopped) {
            // nothing: the loop body has no call, no lock and no volatile read that would make the thread read again
        }
    }

    @Signal
    public void stop() {
        stopped = true; // jcstress calls this once the actor is running, then waits for the actor to end
    }
}
// end::termination[]
