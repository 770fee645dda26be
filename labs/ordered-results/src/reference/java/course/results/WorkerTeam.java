package course.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/** The ordered-results lab, reference solution: workers with ids, whose results come back in id order. */
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
        private Throwable failure; // what the job threw instead, read the same way

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
                failure = e;
            } catch (RuntimeException | Error e) {
                failure = e; // kept for whoever joins: an uncaught exception would only be printed, then lost
            }
        }

        String result() {
            return result;
        }

        Throwable failure() {
            return failure;
        }
    }
    // end::worker[]

    private WorkerTeam() {
    }

    // tag::run-all[]
    /**
     * Runs workers 1 to count at the same time; element i of the answer is worker i + 1's result. When a job
     * throws, runAll throws an ExecutionException (after every worker has finished) with that job's exception
     * as its cause.
     */
    public static List<String> runAll(int count, Job job) throws InterruptedException, ExecutionException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        List<Worker> workers = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            Worker worker = new Worker(id, job);
            workers.add(worker);
            worker.start();
        }
        for (Worker worker : workers) {
            worker.join(); // join() also makes the worker's writes visible to this thread
        }
        List<String> results = new ArrayList<>(); // read only once every worker has finished, failed or not
        for (Worker worker : workers) {
            if (worker.failure() != null) {
                throw new ExecutionException(worker.getName() + " failed", worker.failure());
            }
            results.add(worker.result());
        }
        return results;
    }
    // end::run-all[]

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        List<String> results = runAll(5, id -> {
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 500)); // finish in a random order
            System.out.println("worker " + id + " finished");
            return "worker " + id + " squared its id: " + id * id;
        });
        System.out.println("Results, in id order:");
        results.forEach(System.out::println);
    }
}
