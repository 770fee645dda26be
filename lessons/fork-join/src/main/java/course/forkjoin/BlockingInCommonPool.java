package course.forkjoin;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Lookups that wait, run in a parallel stream (the common pool) and on virtual threads. */
public final class BlockingInCommonPool {

    private BlockingInCommonPool() {
    }

    /** Wraps a lookup and remembers how many of its calls were running at the same time, at most. */
    static final class Meter {
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        UnaryOperator<String> around(UnaryOperator<String> lookup) {
            return name -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    return lookup.apply(name);
                } finally {
                    running.decrementAndGet();
                }
            };
        }

        int most() {
            return most.get();
        }
    }

    // tag::blocking[]
    /** Wrong tool: the lookups wait inside the common pool, which has only a few threads for the whole JVM. */
    static List<String> inParallelStream(List<String> names, UnaryOperator<String> lookup) {
        return names.parallelStream().map(lookup).toList();
    }

    /** Right tool for waiting: one virtual thread per lookup (see the virtual threads lesson). */
    static List<String> onVirtualThreads(List<String> names, UnaryOperator<String> lookup)
            throws InterruptedException, ExecutionException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(executor.submit(() -> lookup.apply(name)));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
    // end::blocking[]

    /** A slow service: waits 100 ms (it stands for a network call), then answers. */
    static String slowLookup(String name) {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up " + name, e);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    static void run(PrintStream out) throws InterruptedException, ExecutionException {
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        out.println(names.size() + " lookups of 100 ms each; common pool parallelism "
                + ForkJoinPool.getCommonPoolParallelism());
        Meter streamMeter = new Meter();
        long start = System.nanoTime();
        inParallelStream(names, streamMeter.around(BlockingInCommonPool::slowLookup));
        out.printf(Locale.US, "parallel stream:  at most %2d at once, %5d ms%n", streamMeter.most(),
                (System.nanoTime() - start) / 1_000_000);
        Meter virtualMeter = new Meter();
        start = System.nanoTime();
        onVirtualThreads(names, virtualMeter.around(BlockingInCommonPool::slowLookup));
        out.printf(Locale.US, "virtual threads:  at most %2d at once, %5d ms%n", virtualMeter.most(),
                (System.nanoTime() - start) / 1_000_000);
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        if (args.length > 0) {
            System.err.println("BlockingInCommonPool takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
