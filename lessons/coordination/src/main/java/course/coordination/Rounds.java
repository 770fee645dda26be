package course.coordination;

import java.io.PrintStream;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

/** A CountDownLatch starts runners together; a CyclicBarrier keeps them in step, round after round. */
public final class Rounds {

    private Rounds() {
    }

    static void run(int runners, int rounds, PrintStream out) throws InterruptedException {
        // tag::latch-barrier[]
        CountDownLatch startingGun = new CountDownLatch(1);       // one-shot: opens once, for good
        CountDownLatch finished = new CountDownLatch(runners);    // main waits until every runner counted down
        CyclicBarrier roundOver = new CyclicBarrier(runners,      // reusable: opens each time all have arrived
                () -> out.println("-- all " + runners + " runners finished the round"));
        for (int r = 1; r <= runners; r++) {
            String name = "runner " + r;
            Thread.ofPlatform().start(() -> {
                try {
                    startingGun.await();
                    for (int round = 1; round <= rounds; round++) {
                        out.println(name + " runs round " + round);
                        roundOver.await(); // nobody starts round 2 before everybody finished round 1
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            });
        }
        startingGun.countDown();
        finished.await();
        // end::latch-barrier[]
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("Rounds takes no arguments");
            System.exit(2);
        }
        run(3, 3, System.out);
    }
}
