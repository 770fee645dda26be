package course.shared;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Sets a stop flag while another thread spins on it, once with a plain field and once with a volatile one. */
public final class VisibilityDemo {

    private VisibilityDemo() {
    }

    /** Runs spin on a daemon thread, calls stop after a warm-up, and says whether the spinner ended. */
    static String attempt(String name, LongSupplier spin, Runnable stop, Duration patience) throws InterruptedException {
        Thread reader = Thread.ofPlatform().daemon().name(name).start(spin::getAsLong); // daemon: may never end
        Thread.sleep(200); // lets the JIT compiler optimise the loop first: this is a demonstration, not a test
        stop.run();
        if (reader.join(patience)) {
            return name + ": the reader saw the stop and ended";
        }
        return name + ": after " + patience.toMillis() + " ms the reader still had not seen the stop";
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("VisibilityDemo takes no arguments");
            System.exit(2);
        }
        PlainFlag plain = new PlainFlag();
        System.out.println(attempt("plain field", plain::spinUntilStopped, plain::stop, Duration.ofSeconds(1)));
        StopFlag flag = new StopFlag();
        System.out.println(attempt("volatile field", flag::spinUntilStopped, flag::stop, Duration.ofSeconds(1)));
    }
}
