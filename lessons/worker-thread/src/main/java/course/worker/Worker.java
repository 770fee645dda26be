package course.worker;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

// tag::class[]
/** A thread that counts from 0 to 9, tagging each line with its own id. */
public class Worker extends Thread {

    private final int id;
    private final PrintStream out;
    private final Pause pause;

    public Worker(int id) {
        this(id, System.out, Pause.sleep(Duration.ofMillis(10)));
    }
    // end::class[]

    public Worker(int id, PrintStream out, Pause pause) {
        super("worker-" + id); // a name shows up in thread dumps, debuggers and profilers
        this.id = id;
        this.out = Objects.requireNonNull(out);
        this.pause = Objects.requireNonNull(pause);
    }

    // tag::run[]
    @Override
    public void run() {
        for (int i = 0; i < 10; i++) {
            out.println("worker " + id + ": " + i);
            try {
                pause.after(i);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // keep the request to stop visible
                return;
            }
        }
    }
    // end::run[]

    /**
     * What a worker does between two lines. A short sleep lets the scheduler run the other workers,
     * which makes the interleaving easy to see; a test can wait on a latch instead.
     */
    @FunctionalInterface
    public interface Pause {
        void after(int step) throws InterruptedException;

        static Pause sleep(Duration duration) {
            return step -> Thread.sleep(duration);
        }

        static Pause none() {
            return step -> { };
        }
    }
}
