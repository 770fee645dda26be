package course.shared;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Thread confinement: objects that only one thread ever touches need no lock. */
public final class ConfinedCounts {

    private ConfinedCounts() {
    }

    // tag::confined[]
    /** Counts the vowels of each text on its own thread; each thread counts into a local array, shared with no one. */
    static long[] vowelsPerText(List<String> texts) throws InterruptedException {
        long[] results = new long[texts.size()];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int slot = i;
            workers.add(Thread.ofPlatform().start(() -> {
                int[] counts = new int[1];       // local: confined to this thread, so no lock, no volatile
                texts.get(slot).chars().filter(c -> "aeiou".indexOf(c) >= 0).forEach(c -> counts[0]++);
                results[slot] = counts[0];       // each thread writes only its own slot
            }));
        }
        for (Thread worker : workers) {
            worker.join(); // everything a worker did happens-before join returns: the results are visible
        }
        return results;
    }
    // end::confined[]

    // tag::thread-local[]
    /** NumberFormat is not thread-safe (its Javadoc says so): each thread gets its own instance. */
    private static final ThreadLocal<NumberFormat> FORMAT =
            ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(Locale.US));

    static String format(long number) {
        return FORMAT.get().format(number); // this thread's own NumberFormat: confined, so no lock
    }
    // end::thread-local[]

    /** The formatter of the calling thread, for the test. */
    static NumberFormat formatOfThisThread() {
        return FORMAT.get();
    }
}
