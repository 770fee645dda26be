package course.waiting;

import java.util.concurrent.ConcurrentHashMap;

/** A tally whose read, add and write of one word's count is a single atomic merge. */
public final class MergeTally implements Tally {

    private final ConcurrentHashMap<String, Long> counts;

    public MergeTally() {
        this(new ConcurrentHashMap<>());
    }

    MergeTally(ConcurrentHashMap<String, Long> counts) { // a seam: a test hands in a map that it watches
        this.counts = counts;
    }

    // tag::merge[]
    @Override
    public void add(String word) {
        counts.merge(word, 1L, Long::sum); // atomic for this key: absent -> 1, present -> old + 1
    }
    // end::merge[]

    @Override
    public long count(String word) {
        return counts.getOrDefault(word, 0L);
    }
}
