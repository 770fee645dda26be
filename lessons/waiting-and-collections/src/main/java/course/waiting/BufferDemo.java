package course.waiting;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Two producers fill a small bounded buffer faster than one consumer empties it; nothing is lost. */
public final class BufferDemo {

    static final int CAPACITY = 2;
    static final int ITEMS_PER_PRODUCER = 1_000;

    private BufferDemo() {
    }

    static void run(PrintStream out, int capacity, int itemsPerProducer) throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(capacity);
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int first = p * itemsPerProducer;
            producers.add(Thread.ofPlatform().name("producer-" + p).start(() -> {
                try {
                    for (int i = 0; i < itemsPerProducer; i++) {
                        buffer.put(first + i); // waits while the buffer is full
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        int taken = 0;
        long sum = 0;
        for (int i = 0; i < 2 * itemsPerProducer; i++) {
            sum += buffer.take(); // waits while the buffer is empty
            taken++;
        }
        for (Thread producer : producers) {
            producer.join();
        }
        long n = 2L * itemsPerProducer;
        out.printf(Locale.US, "capacity %,d: took %,d items, sum %,d (expected %,d)%n", capacity, taken, sum, n * (n - 1) / 2);
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("BufferDemo takes no arguments");
            System.exit(2);
        }
        run(System.out, CAPACITY, ITEMS_PER_PRODUCER);
    }
}
