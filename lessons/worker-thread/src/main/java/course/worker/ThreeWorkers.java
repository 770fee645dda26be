package course.worker;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Three Worker threads at once: their lines interleave, and the order changes from run to run. */
public final class ThreeWorkers {

    static final String USAGE = "usage: ThreeWorkers [--pause-ms M] (M: 0 to 1000, default 10;"
            + " the pause between two lines of a worker)";

    private ThreeWorkers() {
    }

    // tag::start-three[]
    static void runThree(PrintStream out, Worker.Pause pause) throws InterruptedException {
        List<Worker> workers = List.of(
                new Worker(1, out, pause),
                new Worker(2, out, pause),
                new Worker(3, out, pause));
        for (Worker worker : workers) {
            worker.start();
        }
        for (Worker worker : workers) {
            worker.join();
        }
    }
    // end::start-three[]

    public static void main(String[] args) throws InterruptedException {
        int exitCode = run(args, System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        long pauseMillis = 10;
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length > 0) {
            Long parsed = args.length == 2 && args[0].equals("--pause-ms") ? parse(args[1]) : null;
            if (parsed == null) {
                err.println("expected --pause-ms with a whole number from 0 to 1000, got \""
                        + String.join(" ", args) + "\"; " + USAGE);
                return 2;
            }
            pauseMillis = parsed;
        }
        runThree(out, pauseMillis == 0 ? Worker.Pause.none() : Worker.Pause.sleep(Duration.ofMillis(pauseMillis)));
        return 0;
    }

    private static Long parse(String text) {
        try {
            long value = Long.parseLong(text);
            return value >= 0 && value <= 1000 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
