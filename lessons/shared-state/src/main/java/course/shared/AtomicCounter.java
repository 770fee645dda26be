package course.shared;

import java.util.concurrent.atomic.AtomicLong;

/** No lock: read, add and write are one indivisible processor instruction (LOCK XADD on x86-64). */
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
