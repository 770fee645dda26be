package course.shared.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

// tag::torn[]
/**
 * A plain long written whole (all 64 bits set) while another thread reads it. JLS 17.7 allows a non-volatile
 * long write to be split in two 32-bit writes, so the reader may see one half: 0xFFFFFFFF00000000 or
 * 0x00000000FFFFFFFF. On a 64-bit JVM the write is one instruction and this is not expected to show.
 */
@JCStressTest
@Outcome(id = "0", expect = ACCEPTABLE, desc = "the reader came first")
@Outcome(id = "-1", expect = ACCEPTABLE, desc = "the reader saw the whole write")
@Outcome(id = {"-4294967296", "4294967295"}, expect = ACCEPTABLE_INTERESTING, desc = "the reader saw one half of the write: torn, as JLS 17.7 allows")
@State
public class TornLongWrites {

    long value; // not volatile: JLS 17.7 does not promise that one write is seen whole

    @Actor
    public void writer() {
        value = -1L; // 0xFFFFFFFF_FFFFFFFF: both halves change
    }

    @Actor
    public void reader(J_Result r) {
        r.r1 = value;
    }
}
// end::torn[]
