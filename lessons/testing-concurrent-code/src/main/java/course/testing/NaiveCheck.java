package course.testing;

import java.io.PrintStream;
import java.util.Locale;

/** Runs the naive test of a racy counter many times, and counts how often it would have caught the bug. */
public final class NaiveCheck {

    private NaiveCheck() {
    }

    // tag::naive[]
    /** The naive test: two threads, many hits, and hope. True when it saw the lost update. */
    static boolean naiveTestCatchesTheRace(int hitsPerThread) throws InterruptedException {
        HitCounter counter = HitCounter.racy(() -> { });
        Runnable hitMany = () -> {
            try {
                for (int i = 0; i < hitsPerThread; i++) {
                    counter.hit();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = Thread.ofPlatform().start(hitMany);
        Thread second = Thread.ofPlatform().start(hitMany);
        first.join();
        second.join();
        return counter.hits() != 2L * hitsPerThread;
    }
    // end::naive[]

    static void run(PrintStream out, int runs) throws InterruptedException {
        for (int hits : new int[] {100, 10_000, 1_000_000}) {
            int caught = 0;
            for (int run = 0; run < runs; run++) {
                if (naiveTestCatchesTheRace(hits)) {
                    caught++;
                }
            }
            out.printf(Locale.US, "%,9d hits per thread: the naive test caught the race in %2d of %d runs%n", hits, caught, runs);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("NaiveCheck takes no arguments");
            System.exit(2);
        }
        run(System.out, 20);
    }
}
