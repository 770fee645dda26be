package course.virtual;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * PREVIEW API in JDK 25 (JEP 505): compiled and run with --enable-preview, and it may still change.
 * Two subtasks forked in a scope: both answers, or, if one fails, the other is cancelled.
 */
public final class StructuredDemo {

    private StructuredDemo() {
    }

    // tag::scope[]
    static String plan(String city, Callable<String> hotel, Callable<String> weather) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {      // each fork runs in a new virtual thread
            Subtask<String> room = scope.fork(hotel);
            Subtask<String> sky = scope.fork(weather);
            scope.join();                                  // waits for both; throws if either failed
            return city + ": " + room.get() + ", " + sky.get();
        } catch (StructuredTaskScope.FailedException e) {  // the other subtask was cancelled (interrupted)
            return city + ": no plan (" + e.getCause().getMessage() + ")";
        }
    }
    // end::scope[]

    static void run(PrintStream out) throws InterruptedException {
        out.println(plan("Paris", () -> "Hotel Lune", () -> "sunny"));
        out.println(plan("Oslo", () -> {
            throw new IllegalStateException("no hotel free");
        }, () -> {
            Thread.sleep(60_000); // cancelled long before it wakes up
            return "snow";
        }));
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("StructuredDemo takes no arguments");
            System.exit(2);
        }
        long start = System.nanoTime();
        run(System.out);
        System.out.println("both plans took " + ((System.nanoTime() - start) / 1_000_000 < 1_000 ? "less than a second" : "a second or more"));
    }
}
