package course.waiting;

import java.util.concurrent.ConcurrentHashMap;

/** A tally on a ConcurrentHashMap that reads with get and writes with put: WRONG, it loses updates. */
public final class RacyTally implements Tally {

    private final ConcurrentHashMap<String, Long> counts;

    public RacyTally() {
        this(new ConcurrentHashMap<>());
    }

    RacyTally(ConcurrentHashMap<String, Long> counts) { // a seam: a test hands in a map that it watches
        this.counts = counts;
    }

    // tag::racy[]
    @Override
    public void add(String word) {
        Long old = counts.get(word);                 // each call is thread-safe on its own,
        counts.put(word, old == null ? 1 : old + 1); // but another thread may have put in between
    }
    // end::racy[]

    @Override
    public long count(String word) {
        return counts.getOrDefault(word, 0L);
    }
}
