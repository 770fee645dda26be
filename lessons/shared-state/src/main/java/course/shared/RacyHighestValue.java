package course.shared;

import java.util.concurrent.atomic.AtomicLong;

/** Check-then-act on an AtomicLong: no data race (every access is atomic and ordered), still a race condition. */
public final class RacyHighestValue {

    private final AtomicLong highest = new AtomicLong(Long.MIN_VALUE);
    private final Runnable betweenCheckAndSet; // a seam: a test pauses here to force the bad interleaving

    public RacyHighestValue() {
        this(() -> { });
    }

    RacyHighestValue(Runnable betweenCheckAndSet) {
        this.betweenCheckAndSet = betweenCheckAndSet;
    }

    // tag::check-then-act[]
    public void offer(long value) {
        if (value > highest.get()) {  // check: an atomic read
            betweenCheckAndSet.run();
            highest.set(value);       // act: an atomic write, but another thread may have written in between
        }
    }
    // end::check-then-act[]

    public long get() {
        return highest.get();
    }
}
