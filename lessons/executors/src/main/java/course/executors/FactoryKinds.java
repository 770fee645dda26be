package course.executors;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;

/** What the factories of Executors really return: not always a ThreadPoolExecutor. */
public final class FactoryKinds {

    private FactoryKinds() {
    }

    // tag::kinds[]
    static String kindOf(ExecutorService executor) {
        if (executor instanceof ThreadPoolExecutor) {
            return "a ThreadPoolExecutor";
        }
        if (executor instanceof ForkJoinPool) {
            return "a ForkJoinPool";
        }
        return "neither a ThreadPoolExecutor nor a ForkJoinPool";
    }
    // end::kinds[]

    static Map<String, Supplier<ExecutorService>> factories() {
        Map<String, Supplier<ExecutorService>> factories = new LinkedHashMap<>();
        factories.put("newFixedThreadPool(2)", () -> Executors.newFixedThreadPool(2));
        factories.put("newCachedThreadPool()", Executors::newCachedThreadPool);
        factories.put("newScheduledThreadPool(1)", () -> Executors.newScheduledThreadPool(1));
        factories.put("newSingleThreadExecutor()", Executors::newSingleThreadExecutor);
        factories.put("newWorkStealingPool()", Executors::newWorkStealingPool);
        factories.put("newVirtualThreadPerTaskExecutor()", Executors::newVirtualThreadPerTaskExecutor);
        factories.put("newThreadPerTaskExecutor(factory)",
                () -> Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()));
        return factories;
    }

    static void run(PrintStream out) {
        factories().forEach((name, factory) -> {
            try (ExecutorService executor = factory.get()) {
                out.println(name + " returns " + kindOf(executor));
            }
        });
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("FactoryKinds takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
