package course.forkjoin;

import java.io.PrintStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How big the common pool is on this machine, and which threads a parallel stream runs on. */
public final class CommonPoolInfo {

    static final String PARALLELISM_PROPERTY = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private CommonPoolInfo() {
    }

    // tag::threads[]
    /** The names of the threads that run a parallel stream of `elements` small CPU jobs. */
    static Set<String> threadsOfAParallelStream(int elements) {
        return IntStream.range(0, elements)
                .parallel()
                .filter(i -> busyWork(i) != 0)             // a little CPU work per element, whose result is used
                .mapToObj(i -> Thread.currentThread().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
    // end::threads[]

    static long busyWork(int seed) {
        long x = seed;
        for (int i = 0; i < 20_000; i++) {
            x = x * 31 + i;
        }
        return x;
    }

    static void run(PrintStream out) {
        // tag::size[]
        int processors = Runtime.getRuntime().availableProcessors();
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        String property = System.getProperty(PARALLELISM_PROPERTY, "not set");
        // end::size[]
        out.println("available processors: " + processors);
        out.println(PARALLELISM_PROPERTY + ": " + property);
        out.println("common pool parallelism: " + parallelism);
        out.println("threads of a parallel stream: " + threadsOfAParallelStream(2_000));
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("CommonPoolInfo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
