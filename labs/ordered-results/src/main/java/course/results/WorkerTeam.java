package course.results;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/** The ordered-results lab (your code): workers with ids, whose results come back in id order. */
public final class WorkerTeam {

    /** The work of one worker, given its id. The tests hold workers back to force an order. */
    @FunctionalInterface
    public interface Job {
        String run(int id) throws InterruptedException;
    }

    // tag::worker[]
    /**
     * A thread with an id, which keeps the result of its job for whoever joins it.
     *
     * TODO Lab, step 1: keep the id and the job in fields; in run(), call job.run(id) and keep what it
     * returns in a field that result() returns. If job.run throws, keep what it threw in a field that
     * failure() returns; if it threw InterruptedException, also call interrupt(), so that the request to
     * stop stays visible.
     */
    static final class Worker extends Thread {

        Worker(int id, Job job) {
            super("worker-" + id);
        }

        @Override
        public void run() {
        }

        String result() {
            return null;
        }

        Throwable failure() {
            return null;
        }
    }
    // end::worker[]

    private WorkerTeam() {
    }

    // tag::run-all[]
    /**
     * Runs workers 1 to count at the same time; element i of the answer is worker i + 1's result.
     *
     * TODO Lab, step 2:
     *   1. If count is negative, throw an IllegalArgumentException that says so.
     *   2. Create and start one Worker per id, 1 to count, keeping them in a list in id order.
     *   3. Join every worker. If your thread is interrupted while it waits, let the InterruptedException out.
     *   4. Only then, in id order: if a worker failed, throw new ExecutionException(message, its failure());
     *      otherwise add its result to the answer.
     */
    public static List<String> runAll(int count, Job job) throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("runAll is not written yet: follow the TODO steps in WorkerTeam.java");
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
