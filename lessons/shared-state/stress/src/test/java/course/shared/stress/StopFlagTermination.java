package course.shared.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.shared.StopFlag;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

// tag::termination[]
/**
 * The lesson's StopFlag: does a thread spinning on it always leave its loop once another thread stopped it?
 * A unit test cannot ask that of a loop that may never end; jcstress's termination mode can: it runs the
 * actor, calls the signal, and reports STALE if the actor did not end.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the spinning thread saw the stop and left its loop")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the spinning thread never saw the stop: the flag is not volatile")
@State
public class StopFlagTermination {

    private final StopFlag flag = new StopFlag();

    @Actor
    public void spin() {
        flag.spinUntilStopped();
    }

    @Signal
    public void stop() {
        flag.stop();
    }
}
// end::termination[]
