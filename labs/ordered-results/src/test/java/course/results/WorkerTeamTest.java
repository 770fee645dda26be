package course.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// A wrong solution may block for ever: the time limit runs each test on a thread of its own, so that a hang
// fails within seconds (the default SAME_THREAD mode could not stop it).
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WorkerTeamTest {

    @Test
    void everyWorkerRunsOnAThreadOfItsOwnWithItsOwnId() throws Exception {
        CallerGate gate = new CallerGate();
        List<String> results;
        try {
            results = WorkerTeam.runAll(3, id -> {
                gate.arrive();
                return "job " + id + (gate.onTheCallersThread() ? " on the caller's thread" : " on a thread of its own");
            });
        } finally {
            gate.callerReturned();
        }

        assertThat(results).withFailMessage("Expected [job 1 on a thread of its own, job 2 ..., job 3 ...], got %s."
                + "%nHint: each Worker calls job.run(id) with its own id in run(), and returns that value from"
                + " result(); start() runs run() on a new thread, calling run() yourself runs it on yours.", results)
                .containsExactly("job 1 on a thread of its own", "job 2 on a thread of its own", "job 3 on a thread of its own");
    }

    @Test
    void workersRunAtTheSameTime() throws Exception {
        int count = 4;
        CallerGate gate = new CallerGate();
        CountDownLatch allWorking = new CountDownLatch(count);
        AtomicInteger alone = new AtomicInteger();

        // A job works until all four work at once. It gives up at once when the others can never come: it
        // runs on the caller's thread, or the caller waits before it has started all four workers.
        try {
            WorkerTeam.runAll(count, id -> {
                gate.arrive();
                allWorking.countDown();
                if (!gate.awaitUnlessStuck(allWorking, count)) {
                    alone.incrementAndGet();
                }
                return "done";
            });
        } finally {
            gate.callerReturned();
        }

        assertThat(alone.get()).withFailMessage("Expected all %d workers to work at the same moment, but %d of"
                + " them worked alone.%nHint: start every worker (start(), not run()) before you join any.",
                count, alone.get()).isZero();
    }

    @Test
    void resultsComeInIdOrderEvenWhenTheWorkersFinishBackwards() throws Exception {
        int count = 4;
        CallerGate gate = new CallerGate();
        CountDownLatch[] finished = new CountDownLatch[count + 2];
        for (int id = 0; id < finished.length; id++) {
            finished[id] = new CountDownLatch(id > count ? 0 : 1); // there is no worker count + 1 to wait for
        }

        // Worker id waits until worker id + 1 has finished its job: worker 4 finishes first, worker 1 last.
        List<String> results;
        try {
            results = WorkerTeam.runAll(count, id -> {
                gate.arrive();
                if (id < 1 || id > count) { // the latches of ids that do not exist would never open: open them all
                    for (CountDownLatch latch : finished) {
                        latch.countDown();
                    }
                    throw new AssertionError("a job was given id " + id + ", not one of 1 to " + count);
                }
                gate.awaitUnlessStuck(finished[id + 1], count);
                finished[id].countDown();
                return "result " + id;
            });
        } finally {
            gate.callerReturned();
        }

        assertThat(results).withFailMessage("Expected [result 1, result 2, result 3, result 4] although worker 4"
                + " finished first and worker 1 last, got %s.%nHint: keep the workers in a list in id order and"
                + " read each one's result after its join(), rather than collecting results as they come.", results)
                .containsExactly("result 1", "result 2", "result 3", "result 4");
    }

    @Test
    void runAllWaitsForEveryWorkerBeforeReadingTheResults() throws Exception {
        CallerGate gate = new CallerGate();
        List<String> results;
        try {
            results = WorkerTeam.runAll(3, id -> {
                gate.arrive();
                gate.holdUntilTheCallerWaitsForMe();
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
    void equalResultsOfDifferentWorkersAreAllKept() throws Exception {
        List<String> results = WorkerTeam.runAll(3, id -> "same");

        assertThat(results).withFailMessage("Expected [same, same, same] from three workers that all return"
                + " \"same\", got %s.%nHint: the answer has one element per worker, even when results are equal.",
                results).containsExactly("same", "same", "same");
    }

    @Test
    void aWorkerWhoseJobIsInterruptedKeepsTheInterrupt() {
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> WorkerTeam.runAll(2, id -> {
            workers.add(Thread.currentThread());
            throw new InterruptedException("asked to stop");
        })).as("a job that was interrupted has no result: runAll throws ExecutionException")
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InterruptedException.class);

        assertThat(workers).hasSize(2);
        assertThat(workers).withFailMessage("Expected each worker whose job threw InterruptedException to be"
                + " interrupted afterwards.%nHint: catch InterruptedException in run() and call interrupt(), so"
                + " that the request to stop stays visible to whoever owns the thread.")
                .allSatisfy(worker -> assertThat(worker.isInterrupted()).isTrue());
    }

    @Test
    void noWorkersGiveNoResults() throws Exception {
        assertThat(WorkerTeam.runAll(0, id -> "never")).as("runAll(0, job) must return an empty list").isEmpty();
    }

    @Test
    void aNegativeCountIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> WorkerTeam.runAll(-2, id -> "never"))
                .as("runAll(-2, job) must throw IllegalArgumentException (Hint: check count first)")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
    }

    @Test
    void aFailingJobReachesTheCaller() {
        IllegalStateException broken = new IllegalStateException("job 2 broke");

        assertThatThrownBy(() -> WorkerTeam.runAll(3, id -> {
            if (id == 2) {
                throw broken;
            }
            return "result " + id;
        })).withFailMessage("Expected runAll to throw ExecutionException with job 2's exception as its cause.%n"
                + "Hint: an exception that escapes run() ends that thread and is only printed; join() returns"
                + " normally. Catch it in run(), keep it in a field, and throw it from runAll after the joins.")
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("2")
                .extracting(Throwable::getCause).isSameAs(broken);
    }

    @Test
    void aFailureIsReportedOnlyAfterEveryWorkerFinished() {
        CallerGate gate = new CallerGate();
        AtomicInteger finished = new AtomicInteger();
        // Worker 1 fails at once; workers 2 and 3 finish only while runAll waits for them.
        try {
            assertThatThrownBy(() -> WorkerTeam.runAll(3, id -> {
                gate.arrive();
                if (id == 1) {
                    throw new IllegalStateException("job 1 broke");
                }
                gate.holdUntilTheCallerWaitsForMe();
                finished.incrementAndGet();
                return "result " + id;
            })).isInstanceOf(ExecutionException.class);
        } finally {
            gate.callerReturned();
        }

        assertThat(finished.get()).withFailMessage("Expected workers 2 and 3 to have finished when runAll threw"
                + " for worker 1, but %d of them had.%nHint: join every worker first, then look for failures:"
                + " throwing at the first one leaves the others running, unwatched.", finished.get()).isEqualTo(2);
    }

    @Test
    void anInterruptOfTheCallerIsNotLost() throws ExecutionException {
        CallerGate gate = new CallerGate();
        boolean threw = false;
        Thread.currentThread().interrupt(); // someone asks the caller to stop: its first wait throws at once
        try {
            WorkerTeam.runAll(3, id -> {
                gate.arrive();
                gate.holdUntilTheCallerWaitsForMe();
                return "result " + id;
            });
        } catch (InterruptedException expected) {
            threw = true;
        } finally {
            gate.callerReturned();
        }
        boolean stillInterrupted = Thread.interrupted(); // (and cleared, for the next test on this thread)

        assertThat(threw || stillInterrupted).withFailMessage("Expected runAll, called on an interrupted thread,"
                + " to throw InterruptedException (or at least to return with the interrupt still set), but the"
                + " interrupt was lost.%nHint: do not catch the InterruptedException of join(); runAll declares it,"
                + " so let it out.").isTrue();
    }
}
