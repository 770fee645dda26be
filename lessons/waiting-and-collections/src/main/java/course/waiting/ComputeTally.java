package course.waiting;

import java.util.concurrent.ConcurrentHashMap;

/** The same tally with compute: the function runs atomically for its key, while other keys go on. */
public final class ComputeTally implements Tally {

    private final ConcurrentHashMap<String, Long> counts;

    public ComputeTally() {
        this(new ConcurrentHashMap<>());
    }

    ComputeTally(ConcurrentHashMap<String, Long> counts) { // a seam: a test hands in a map that it watches
        this.counts = counts;
    }

    // tag::compute[]
    @Override
    public void add(String word) {
        counts.compute(word, (key, old) -> old == null ? 1 : old + 1); // keep the function short and simple
    }
    // end::compute[]

    @Override
    public long count(String word) {
        return counts.getOrDefault(word, 0L);
    }
}
