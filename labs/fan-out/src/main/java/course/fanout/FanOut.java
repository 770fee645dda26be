package course.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fan-out lab (your code): thousands of waiting lookups at once, one virtual thread each. */
public final class FanOut {

    /** A lookup that mostly waits (a network call, say). The program sleeps; the tests wait on a latch. */
    @FunctionalInterface
    public interface Lookup {
        String find(String key) throws Exception;
    }

    private FanOut() {
    }

    // tag::look-up-all[]
    /**
     * Looks up every key at the same time, each in its own virtual thread, and returns the answers in the
     * order of the keys. A lookup that throws gives the answer "KEY: failed (MESSAGE)".
     *
     * TODO Lab:
     *   1. Open an executor that starts a new virtual thread per task, in a try-with-resources block.
     *   2. Submit one task per key that calls lookup.find(key); keep the futures in the order of the keys.
     *   3. After the block (close() waits for every task), turn each future into an answer: its value, or
     *      "KEY: failed (MESSAGE)" when get() throws an ExecutionException (MESSAGE: the cause's message).
     *   4. One key gets its own virtual thread too. An interrupt of the caller must not be lost: close()
     *      interrupts the lookups still running, waits for them and keeps the interrupt status set.
     */
    public static List<String> lookUpAll(List<String> keys, Lookup lookup) throws InterruptedException {
        throw new UnsupportedOperationException("lookUpAll is not written yet: follow the TODO steps in FanOut.java");
    }
    // end::look-up-all[]

    public static void main(String[] args) throws InterruptedException {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            keys.add("item-" + i);
        }
        long start = System.nanoTime();
        List<String> answers = lookUpAll(keys, key -> {
            Thread.sleep(1_000); // every lookup waits one second
            return key + ": in stock";
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(answers.getFirst() + " ... " + answers.getLast());
        System.out.printf(Locale.US, "%,d lookups of 1 s each took %,d ms%n", answers.size(), millis);
    }
}
