package course.testing.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * The same loop on a volatile flag: each read sees the last write before it in the synchronization order (JLS
 * 17.4.4, 17.4.7), so the loop may not reuse one read forever, and STALE is forbidden.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "saw the flag, left the loop")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "never saw the volatile write")
@State
public class VolatileFlagTermination {

    volatile boolean stopped;

    @Actor
    public void spinUntilStopped() {
        while (!stopped) {
            // every iteration reads the volatile field again
        }
    }

    @Signal
    public void stop() {
        stopped = true;
    }
}
