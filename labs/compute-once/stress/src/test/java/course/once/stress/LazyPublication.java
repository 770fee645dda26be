package course.once.stress;

import course.once.Lazy;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two threads ask a fresh Lazy for its value at the same moment. Whoever gets the value must see it fully
 * built: a Box whose field the constructor set to 42. With double-checked locking on a field that is not
 * volatile, the thread on the fast path may see the reference before the field: it reads 0.
 */
@JCStressTest
@Description("Lazy publishes the value it computed safely: no thread sees it half-built")
@Outcome(id = "42, 42", expect = Expect.ACCEPTABLE, desc = "both threads see the built value")
@Outcome(expect = Expect.FORBIDDEN, desc = "a thread saw the value before its constructor's write: unsafe publication")
@State
public class LazyPublication {

    /** A value whose constructor writes a field: a reader that sees the Box but not the 42 saw it half-built. */
    static final class Box {
        int x;

        Box() {
            x = 42;
        }
    }

    private final Lazy<Box> lazy = new Lazy<>(Box::new);

    @Actor
    public void first(II_Result r) {
        r.r1 = lazy.get().x;
    }

    @Actor
    public void second(II_Result r) {
        r.r2 = lazy.get().x;
    }
}
