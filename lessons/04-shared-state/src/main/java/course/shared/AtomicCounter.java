package course.shared;

import java.util.concurrent.atomic.AtomicLong;

/** No lock: the processor's compare-and-set makes read, add and write one indivisible step. */
public final class AtomicCounter implements Counter {

    // tag::atomic[]
    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        count.incrementAndGet();
    }
    // end::atomic[]

    @Override
    public long get() {
        return count.get();
    }
}
