package course.gil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrimeJobTest {

    private static final int LIMIT = 100_000;
    private static final long PRIMES_BELOW_LIMIT = 9_592;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 8})
    void everyModeCountsAsManyPrimesAsTheSequentialRun(int threads) throws InterruptedException {
        long sequential = PrimeCounter.countPrimes(0, LIMIT);
        assertThat(sequential).isEqualTo(PRIMES_BELOW_LIMIT);
        GlobalInterpreterLock gil = new GlobalInterpreterLock(Duration.ofMillis(5));

        assertThat(PrimeJob.count(LIMIT, threads, Split.BALANCED, null).primes()).isEqualTo(sequential);
        assertThat(PrimeJob.count(LIMIT, threads, Split.CONTIGUOUS, null).primes()).isEqualTo(sequential);
        assertThat(PrimeJob.count(LIMIT, threads, Split.BALANCED, gil).primes()).isEqualTo(sequential);
        assertThat(PrimeJob.count(LIMIT, threads, Split.CONTIGUOUS, gil).primes()).isEqualTo(sequential);
    }

    @Test
    void underTheGlobalLockNoTwoWorkersEverComputeAtTheSameMoment() throws InterruptedException {
        // A switch interval of 1 ns hands the lock over after every slice: as many chances to overlap as possible.
        GlobalInterpreterLock gil = new GlobalInterpreterLock(Duration.ofNanos(1));

        PrimeJob.Result result = PrimeJob.count(LIMIT, 4, Split.BALANCED, gil);

        assertThat(result.mostComputingAtOnce()).isEqualTo(1);
        assertThat(result.primes()).isEqualTo(PRIMES_BELOW_LIMIT);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void underTheGlobalLockASecondWorkerWaitsForTheLockWhileTheFirstComputes() throws InterruptedException {
        // Each worker stays inside its first slice until the other one either has been inside its own compute
        // part (it went first, or, wrongly, it is there now) or is parked waiting for the lock. Under a working
        // lock the first to compute waits until the other is parked; without one, the two meet inside the
        // compute part. No timing: one of these always happens, and the count of computing workers says which.
        GlobalInterpreterLock gil = new GlobalInterpreterLock(Duration.ofSeconds(30));
        AtomicIntegerArray inside = new AtomicIntegerArray(2);
        PrimeJob.Probe holdUntilTheOtherIsSeen = worker -> {
            inside.set(worker, 1);
            int other = 1 - worker;
            while (inside.get(other) == 0 && !waitsForALock(thread("primes-" + other))) {
                Thread.onSpinWait();
            }
        };

        PrimeJob.Result result = new PrimeJob(LIMIT, 2, Split.BALANCED, gil, holdUntilTheOtherIsSeen).run();

        assertThat(result.mostComputingAtOnce()).as("workers computing at the same moment under the global lock")
                .isEqualTo(1);
        assertThat(result.primes()).isEqualTo(PRIMES_BELOW_LIMIT);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void withoutTheLockTwoWorkersAreInsideTheComputePartAtOnce() throws InterruptedException {
        // Each worker waits, inside its compute part, until the other one is there too: this shows that at least
        // two workers can be inside the compute part at the same moment (concurrency: it also works on one
        // processor, taking turns), not that they compute in parallel. A worker gives up at once if the other
        // can never come: the caller already waits in join() and the other worker has not been started.
        Thread caller = Thread.currentThread();
        CountDownLatch bothInside = new CountDownLatch(2);
        AtomicInteger gaveUp = new AtomicInteger();
        PrimeJob.Probe waitForTheOther = worker -> {
            bothInside.countDown();
            while (bothInside.getCount() > 0) {
                if (caller.getState() == Thread.State.WAITING && thread("primes-" + (1 - worker)) == null
                        && bothInside.getCount() > 0) {
                    gaveUp.incrementAndGet();
                    return;
                }
                Thread.onSpinWait();
            }
        };

        PrimeJob.Result result = new PrimeJob(LIMIT, 2, Split.BALANCED, null, waitForTheOther).run();

        assertThat(gaveUp).as("workers that found the other one not started while the caller joined").hasValue(0);
        assertThat(result.mostComputingAtOnce()).isEqualTo(2);
        assertThat(result.primes()).isEqualTo(PRIMES_BELOW_LIMIT);
    }

    @ParameterizedTest(name = "global lock: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aWorkersFailureReachesTheCaller(boolean withLock) {
        // Worker 1 throws from inside its compute part; the others count on. run() must not return a count
        // that is missing worker 1's share as if nothing had happened.
        PrimeJob.Probe failInWorker1 = worker -> {
            if (worker == 1) {
                throw new IllegalStateException("worker 1 broke");
            }
        };
        PrimeJob job = new PrimeJob(LIMIT, 3, Split.BALANCED,
                withLock ? new GlobalInterpreterLock(Duration.ofMillis(5)) : null, failInWorker1);

        assertThatThrownBy(job::run).isInstanceOf(PrimeJob.WorkerFailedException.class)
                .hasMessageContaining("primes-1").hasRootCauseMessage("worker 1 broke");
    }

    @ParameterizedTest(name = "global lock: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void waitingThreadsAllWaitAtTheSameMomentEvenUnderTheGlobalLock(boolean withLock) throws InterruptedException {
        // Each of ten threads waits at a barrier that opens only when all ten are waiting: all ten were alive
        // and waiting at the same moment (at least ten, on any number of processors). Under the global lock that
        // works only because a waiting thread lets go of the lock, as a blocking call does in CPython; a thread
        // that finds it still holds the lock while it waits says so at once instead of waiting.
        GlobalInterpreterLock gil = withLock ? new GlobalInterpreterLock(Duration.ofMillis(5)) : null;
        CyclicBarrier allWaiting = new CyclicBarrier(10);
        AtomicInteger passed = new AtomicInteger();
        AtomicInteger heldTheLock = new AtomicInteger();
        GlobalInterpreterLock.Blocking meetTheOthers = () -> {
            if (gil != null && gil.isHeldByCurrentThread()) {
                heldTheLock.incrementAndGet();
                return;
            }
            try {
                allWaiting.await();
                passed.incrementAndGet();
            } catch (BrokenBarrierException e) {
                throw new AssertionError("the barrier broke", e);
            }
        };

        WaitingJob.run(10, meetTheOthers, gil);

        assertThat(heldTheLock).as("threads that held the global lock while they waited").hasValue(0);
        assertThat(passed).hasValue(10);
        assertThat(allWaiting.isBroken()).isFalse();
    }

    /** The live thread of that name, or null. */
    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElse(null);
    }

    /** Parked inside a lock of java.util.concurrent (the global lock is a ReentrantLock). */
    private static boolean waitsForALock(Thread thread) {
        return thread != null && thread.getState() == Thread.State.WAITING
                && LockSupport.getBlocker(thread) instanceof AbstractQueuedSynchronizer;
    }
}
