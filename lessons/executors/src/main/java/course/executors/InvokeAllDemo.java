package course.executors;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Looks up five shops' prices at once on a pool of threads, and prints them in order, failures included. */
public final class InvokeAllDemo {

    private InvokeAllDemo() {
    }

    // tag::invoke-all[]
    static List<String> lookUpAll(List<String> shops, Lookup lookup, int threads) throws InterruptedException {
        List<Callable<String>> tasks = new ArrayList<>();
        for (String shop : shops) {
            tasks.add(() -> shop + ": " + lookup.find(shop)); // a Callable returns a value and may throw
        }
        List<String> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) { // close() waits for every task
            for (Future<String> future : pool.invokeAll(tasks)) {            // all done, in the order of tasks
                try {
                    answers.add(future.get());                                // the value, or...
                } catch (ExecutionException e) {
                    answers.add("failed: " + e.getCause().getMessage());     // ...what the task threw
                }
            }
        }
        return answers;
    }
    // end::invoke-all[]

    static void run(PrintStream out) throws InterruptedException {
        List<String> shops = List.of("anvils", "bolts", "cogs", "dynamos", "engines");
        long start = System.nanoTime();
        List<String> answers = lookUpAll(shops, shop -> {
            Thread.sleep(200); // a slow service
            if (shop.equals("cogs")) {
                throw new IllegalStateException("cogs: shop closed");
            }
            return shop.length() * 3 + " EUR";
        }, 5);
        long millis = (System.nanoTime() - start) / 1_000_000;
        answers.forEach(out::println);
        out.println("5 lookups of 200 ms each on 5 threads took " + (millis < 600 ? "less than 600 ms" : millis + " ms"));
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("InvokeAllDemo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
