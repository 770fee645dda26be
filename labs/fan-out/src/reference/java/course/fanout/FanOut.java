package course.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The fan-out lab, reference solution: thousands of waiting lookups at once, one virtual thread each. */
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
     */
    public static List<String> lookUpAll(List<String> keys, Lookup lookup) throws InterruptedException {
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String key : keys) {
                futures.add(executor.submit(() -> lookup.find(key)));
            }
        } // close() waits until every lookup has finished
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            try {
                answers.add(futures.get(i).get());
            } catch (ExecutionException e) {
                answers.add(keys.get(i) + ": failed (" + e.getCause().getMessage() + ")");
            }
        }
        return answers;
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
