package course.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WorkerTeamTest {

    @Test
    void everyWorkerRunsOnItsOwnWorkerThreadWithItsOwnId() throws InterruptedException {
        List<String> results = WorkerTeam.runAll(3, id -> {
            boolean onAWorker = Thread.currentThread() instanceof WorkerTeam.Worker;
            return "job " + id + (onAWorker ? " on " : " NOT on a Worker thread but on ") + Thread.currentThread().getName();
        });

        assertThat(results).withFailMessage("Expected [job 1 on worker-1, job 2 on worker-2, job 3 on worker-3],"
                + " got %s.%nHint: each Worker calls job.run(id) with its own id in run(), and returns that"
                + " value from result().", results)
                .containsExactly("job 1 on worker-1", "job 2 on worker-2", "job 3 on worker-3");
    }

    @Test
    void workersRunAtTheSameTime() throws InterruptedException {
        int count = 4;
        CyclicBarrier allWorking = new CyclicBarrier(count); // opens only when all four work at once
        AtomicInteger alone = new AtomicInteger();

        WorkerTeam.runAll(count, id -> {
            try {
                allWorking.await(5, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                alone.incrementAndGet();
            }
            return "done";
        });

        assertThat(alone.get()).withFailMessage("Expected all %d workers to work at the same moment, but %d of"
                + " them waited 5 s for the others and gave up.%nHint: start every worker before you join any.",
                count, alone.get()).isZero();
    }

    @Test
    void resultsComeInIdOrderEvenWhenTheWorkersFinishBackwards() throws InterruptedException {
        int count = 4;
        CountDownLatch[] finished = new CountDownLatch[count + 2];
        for (int id = 0; id < finished.length; id++) {
            finished[id] = new CountDownLatch(id > count ? 0 : 1); // there is no worker count + 1 to wait for
        }

        // Worker id waits until worker id + 1 has finished its job: worker 4 finishes first, worker 1 last.
        List<String> results = WorkerTeam.runAll(count, id -> {
            finished[id + 1].await(5, TimeUnit.SECONDS);
            finished[id].countDown();
            return "result " + id;
        });

        assertThat(results).withFailMessage("Expected [result 1, result 2, result 3, result 4] although worker 4"
                + " finished first and worker 1 last, got %s.%nHint: keep the workers in a list in id order and"
                + " read each one's result after its join(), rather than collecting results as they come.", results)
                .containsExactly("result 1", "result 2", "result 3", "result 4");
    }

    @Test
    void runAllWaitsForEveryWorkerBeforeReadingTheResults() throws InterruptedException {
        CallerGate gate = new CallerGate();
        List<String> results;
        try {
            results = WorkerTeam.runAll(3, id -> {
                gate.holdUntilTheCallerWaits();
                return "result " + id;
            });
        } finally {
            gate.callerReturned();
        }

        assertThat(results).withFailMessage("Expected [result 1, result 2, result 3], got %s: runAll read the"
                + " results before the workers had written them.%nHint: call join() on a worker before you read"
                + " its result; join() also makes what the worker wrote visible to your thread.", results)
                .containsExactly("result 1", "result 2", "result 3");
    }

    @Test
    void noWorkersGiveNoResults() throws InterruptedException {
        assertThat(WorkerTeam.runAll(0, id -> "never")).as("runAll(0, job) must return an empty list").isEmpty();
    }

    @Test
    void aNegativeCountIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> WorkerTeam.runAll(-2, id -> "never"))
                .as("runAll(-2, job) must throw IllegalArgumentException (Hint: check count first)")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
    }
}
