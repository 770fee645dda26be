package course.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/** Lab 2, planted wrong solution: workers with ids, whose results come back in id order. */
public final class WorkerTeam {

    /** The work of one worker, given its id. The tests hold workers back to force an order. */
    @FunctionalInterface
    public interface Job {
        String run(int id) throws InterruptedException;
    }

    // tag::worker[]
    /** A thread with an id, which keeps the result of its job for whoever joins it. */
    static final class Worker extends Thread {
        private final int id;
        private final Job job;
        private String result; // written by this thread, read by another only after join()

        Worker(int id, Job job) {
            super("worker-" + id);
            this.id = id;
            this.job = Objects.requireNonNull(job);
        }

        @Override
        public void run() {
            try {
                result = job.run(id);
            } catch (InterruptedException e) {
                interrupt(); // keep the request to stop visible
            }
        }

        String result() {
            return result;
        }
    }
    // end::worker[]

    private WorkerTeam() {
    }

    /**
     * PLANTED WRONG SOLUTION, kept so that the build can prove the tests catch it: it never joins, so it
     * reads the results while the workers are still working.
     */
    public static List<String> runAll(int count, Job job) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        List<Worker> workers = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            Worker worker = new Worker(id, job);
            workers.add(worker);
            worker.start();
        }
        List<String> results = new ArrayList<>();
        for (Worker worker : workers) {
            results.add(worker.result()); // wrong: no join(), so the result may not exist yet
        }
        return results;
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> results = runAll(5, id -> {
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 500)); // finish in a random order
            System.out.println("worker " + id + " finished");
            return "worker " + id + " squared its id: " + id * id;
        });
        System.out.println("Results, in id order:");
        results.forEach(System.out::println);
    }
}
