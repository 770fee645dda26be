package course.coordination;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

/** A Phaser keeps workers in step like a CyclicBarrier, but a worker that has finished can leave it. */
public final class Phases {

    private Phases() {
    }

    /** Worker i runs roundsOfWorker[i] rounds; round k ends when every worker still taking part has finished it. */
    static void run(int[] roundsOfWorker, PrintStream out) throws InterruptedException {
        // tag::phaser[]
        Phaser phaser = new Phaser(1) { // main is a party too, so that no round ends before every worker registered
            @Override
            protected boolean onAdvance(int phase, int registeredParties) { // run by the last party to arrive
                out.println("-- round " + (phase + 1) + " over; workers left: " + registeredParties);
                return registeredParties == 0; // true terminates the phaser: nobody is left
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < roundsOfWorker.length; w++) {
            String name = "worker " + (w + 1);
            int rounds = roundsOfWorker[w];
            phaser.register(); // one more party, which has not arrived yet in this phase
            workers.add(Thread.ofPlatform().name(name).start(() -> {
                for (int round = 1; round <= rounds; round++) {
                    out.println(name + " runs round " + round);
                    if (round < rounds) {
                        phaser.arriveAndAwaitAdvance(); // wait for the others, as at a barrier
                    } else {
                        phaser.arriveAndDeregister();   // done: arrive, leave, and do not wait
                    }
                }
            }));
        }
        phaser.arriveAndDeregister(); // every worker is registered: main leaves
        // end::phaser[]
        for (Thread worker : workers) {
            worker.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("Phases takes no arguments");
            System.exit(2);
        }
        run(new int[] {1, 2, 3}, System.out);
    }
}
