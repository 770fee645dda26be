package course.waiting;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Several threads count the words of the same text into one tally; the get-then-put tally loses counts. */
public final class WordCount {

    static final int THREADS = 4;
    static final int ROUNDS = 100_000;
    static final List<String> TEXT = List.of("the", "cat", "sat", "on", "the", "mat");

    private WordCount() {
    }

    /** Every thread adds every word of the text, rounds times, all starting together. */
    static Tally count(Supplier<Tally> kind, int threads, int rounds) throws InterruptedException {
        Tally tally = kind.get();
        CountDownLatch startingGun = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    startingGun.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int r = 0; r < rounds; r++) {
                    for (String word : TEXT) {
                        tally.add(word);
                    }
                }
            }));
        }
        startingGun.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        return tally;
    }

    static void run(PrintStream out, int threads, int rounds) throws InterruptedException {
        long expected = 2L * threads * rounds; // "the" appears twice in the text
        out.printf(Locale.US, "%d threads x %,d rounds of \"%s\": \"the\" expected %,d%n",
                threads, rounds, String.join(" ", TEXT), expected);
        report(out, "get, then put", count(RacyTally::new, threads, rounds), expected);
        report(out, "merge", count(MergeTally::new, threads, rounds), expected);
        report(out, "compute", count(ComputeTally::new, threads, rounds), expected);
    }

    private static void report(PrintStream out, String name, Tally tally, long expected) {
        long got = tally.count("the");
        out.printf(Locale.US, "%-14s \"the\" = %,9d  lost %,9d%n", name, got, expected - got);
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("WordCount takes no arguments");
            System.exit(2);
        }
        run(System.out, THREADS, ROUNDS);
    }
}
