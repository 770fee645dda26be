package course.shared;

import java.util.concurrent.atomic.AtomicLong;

/** Remembers the highest value any thread offered: a compare-and-set loop, written out. */
public final class HighestValue {

    private final AtomicLong highest = new AtomicLong(Long.MIN_VALUE);
    private final Runnable betweenReadAndWrite; // a seam: a test pauses here to force the bad interleaving

    public HighestValue() {
        this(() -> { });
    }

    HighestValue(Runnable betweenReadAndWrite) {
        this.betweenReadAndWrite = betweenReadAndWrite;
    }

    // tag::cas-loop[]
    public void offer(long value) {
        long seen = highest.get();
        while (value > seen) {                          // only a higher value changes anything
            betweenReadAndWrite.run();
            if (highest.compareAndSet(seen, value)) {   // writes only if the value is still the one we saw
                return;
            }
            seen = highest.get();                       // another thread wrote first: read again, retry
        }
    }
    // end::cas-loop[]

    /** The same loop, written by the JDK: accumulateAndGet retries the function until its write succeeds. */
    public void offerWithAccumulate(long value) {
        highest.accumulateAndGet(value, Math::max);
    }

    public long get() {
        return highest.get();
    }
}
