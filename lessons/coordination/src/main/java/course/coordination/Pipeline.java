package course.coordination;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** One producer, several consumers, and a bounded queue between them. */
public final class Pipeline {

    // tag::poison[]
    /** Not a real item: a consumer that takes it stops. The producer puts one per consumer at the end. */
    static final int NO_MORE_WORK = -1;
    // end::poison[]

    private Pipeline() {
    }

    /** Produces items 1 to count, consumes them on `consumers` threads, and returns the total of their squares. */
    static long run(int count, int consumers, int capacity, PrintStream out) throws InterruptedException {
        // tag::pipeline[]
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(capacity); // put() waits while it is full
        List<Long> totals = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int c = 1; c <= consumers; c++) {
            long[] total = {0};
            String name = "consumer-" + c;
            workers.add(Thread.ofPlatform().name(name).start(() -> {
                try {
                    for (int item = queue.take(); item != NO_MORE_WORK; item = queue.take()) { // take() waits while empty
                        total[0] += (long) item * item;
                        out.println(name + " took " + item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (totals) {
                    totals.add(total[0]);
                }
            }));
        }
        for (int item = 1; item <= count; item++) {
            queue.put(item);
        }
        for (int c = 0; c < consumers; c++) {
            queue.put(NO_MORE_WORK);
        }
        // end::pipeline[]
        for (Thread worker : workers) {
            worker.join(); // also makes each consumer's write into totals visible here
        }
        return totals.stream().mapToLong(Long::longValue).sum();
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("Pipeline takes no arguments");
            System.exit(2);
        }
        long sum = run(10, 3, 2, System.out);
        System.out.println("sum of the squares of 1 to 10: " + sum);
    }
}
