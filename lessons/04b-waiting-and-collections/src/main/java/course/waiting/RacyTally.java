package course.waiting;

import java.util.concurrent.ConcurrentHashMap;

/** A tally on a ConcurrentHashMap that reads with get and writes with put: WRONG, it loses updates. */
public final class RacyTally implements Tally {

    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
    private final Runnable betweenGetAndPut; // a seam: a test pauses here to force the bad interleaving

    public RacyTally() {
        this(() -> { });
    }

    RacyTally(Runnable betweenGetAndPut) {
        this.betweenGetAndPut = betweenGetAndPut;
    }

    // tag::racy[]
    @Override
    public void add(String word) {
        Long old = counts.get(word);                 // each call is thread-safe on its own,
        betweenGetAndPut.run();
        counts.put(word, old == null ? 1 : old + 1); // but another thread may have put in between
    }
    // end::racy[]

    @Override
    public long count(String word) {
        return counts.getOrDefault(word, 0L);
    }
}
