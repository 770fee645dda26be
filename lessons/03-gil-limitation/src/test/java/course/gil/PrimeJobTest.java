package course.gil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrimeJobTest {

    private static final int LIMIT = 300_000;
    private static final long PRIMES_BELOW_LIMIT = 25_997;

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
    @Timeout(60)
    void withoutTheLockTwoWorkersAreInsideTheComputePartAtOnce() throws InterruptedException {
        // Each worker waits, inside its compute part, until the other one is there too.
        // With a global lock this would never happen; without one it must.
        CyclicBarrier bothComputing = new CyclicBarrier(2);
        PrimeJob.Probe waitForTheOther = worker -> {
            try {
                bothComputing.await(30, TimeUnit.SECONDS);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new AssertionError("the two workers never computed at the same time", e);
            }
        };

        PrimeJob.Result result = new PrimeJob(LIMIT, 2, Split.BALANCED, null, waitForTheOther).run();

        assertThat(result.mostComputingAtOnce()).isEqualTo(2);
        assertThat(result.primes()).isEqualTo(PRIMES_BELOW_LIMIT);
        assertThat(bothComputing.isBroken()).isFalse();
    }

    @ParameterizedTest(name = "global lock: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(60)
    void waitingThreadsAllWaitAtTheSameMomentEvenUnderTheGlobalLock(boolean withLock) throws InterruptedException {
        // Each of ten threads waits at a barrier that opens only when all ten are waiting. Under the global
        // lock that works only because a waiting thread lets go of the lock, as a blocking call does in CPython.
        CyclicBarrier allWaiting = new CyclicBarrier(10);
        AtomicInteger passed = new AtomicInteger();
        GlobalInterpreterLock.Blocking meetTheOthers = () -> {
            try {
                allWaiting.await(30, TimeUnit.SECONDS);
                passed.incrementAndGet();
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new AssertionError("the ten threads never waited at the same time", e);
            }
        };

        WaitingJob.run(10, meetTheOthers, withLock ? new GlobalInterpreterLock(Duration.ofMillis(5)) : null);

        assertThat(passed).hasValue(10);
        assertThat(allWaiting.isBroken()).isFalse();
    }
}
