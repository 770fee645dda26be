package course.shared;

import java.util.concurrent.atomic.LongAdder;

/** Many threads adding, few reading: under contention, threads mostly add to different cells; sum() adds them. */
public final class AdderCounter implements Counter {

    // tag::adder[]
    private final LongAdder count = new LongAdder();

    @Override
    public void increment() {
        count.increment();
    }

    @Override
    public long get() {
        return count.sum(); // exact once the adding threads have finished; a moving estimate while they run
    }
    // end::adder[]
}
