package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net: no test here waits on luck
class DeadlockDemoTest {

    @Test
    void oppositeTransfersDeadlockAndThreadMXBeanReportsTheCycle() throws InterruptedException {
        Account a = new Account("a", 100);
        Account b = new Account("b", 100);
        List<TransferThread> transfers = DeadlockDemo.startOppositeTransfers(a, b);

        List<String> cycle = DeadlockDemo.awaitDeadlock();

        assertThat(cycle).containsExactly(
                "transfer-a-to-b waits for a lock held by transfer-b-to-a",
                "transfer-b-to-a waits for a lock held by transfer-a-to-b");
        DeadlockDemo.recover(transfers, new Output().stream); // ends both threads
    }

    @Test
    void theRecoveryCancelsOneTransferTheOtherCompletesAndThePrintedLinesSaySo() throws InterruptedException {
        Output out = new Output();

        DeadlockDemo.run(out.stream);

        // transfer-a-to-b (10) is cancelled and moves nothing; transfer-b-to-a (20) completes: a = 120, b = 80.
        // Then the ordered transfers move 10 from a to b and 20 from b to a: a = 130, b = 70. 200 in all, always.
        assertThat(out.lines()).containsExactly(
                "deadlock: transfer-a-to-b waits for a lock held by transfer-b-to-a",
                "deadlock: transfer-b-to-a waits for a lock held by transfer-a-to-b",
                "recovery: interrupt transfer-a-to-b only",
                "transfer-a-to-b (10 from a to b): cancelled, nothing moved",
                "transfer-b-to-a (20 from b to a): completed",
                "after the recovery: a = 120, b = 80, total = 200",
                "with ordered locks both transfers completed: a = 130, b = 70, total = 200");
    }

    @Test
    void orderedTransfersTakeTheFirstAccountsLockFirstWhicheverWayTheMoneyGoes() throws InterruptedException {
        Account a = new Account("a", 100);
        Account b = new Account("b", 100);
        boolean[] heldFirst = new boolean[2];

        Transfers.transferOrdered(b, a, 5, () -> {
            heldFirst[0] = a.lock.isHeldByCurrentThread();
            heldFirst[1] = b.lock.isHeldByCurrentThread();
        });

        assertThat(heldFirst).as("a's lock held, b's not, after the first lock of a transfer from b to a")
                .containsExactly(true, false);
        assertThat(a.balance()).isEqualTo(105);
        assertThat(b.balance()).isEqualTo(95);
    }

    /**
     * Each transfer, once it holds its first lock, waits until the other one is either queued for a lock or
     * holds one: with ordered locks the other is then queued behind the first, and both finish; with locks taken
     * from-then-to each holds one and waits for the other, every run, and ThreadMXBean says so at once.
     */
    @Test
    void oppositeOrderedTransfersThatMeetAfterTheFirstLockBothFinish() throws InterruptedException {
        Account a = new Account("a", 100);
        Account b = new Account("b", 100);
        AtomicReferenceArray<Thread> threads = new AtomicReferenceArray<>(2); // read by both transfers' threads
        TransferThread one = TransferThread.start("ordered-a-to-b", a, b, 10,
                () -> Transfers.transferOrdered(a, b, 10, () -> awaitQueuedOrHolding(threads, 1, a, b)));
        threads.set(0, one.thread());
        TransferThread two = TransferThread.start("ordered-b-to-a", b, a, 20,
                () -> Transfers.transferOrdered(b, a, 20, () -> awaitQueuedOrHolding(threads, 0, a, b)));
        threads.set(1, two.thread());

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        while (one.thread().isAlive() || two.thread().isAlive()) {
            long[] deadlocked = mx.findDeadlockedThreads();
            if (deadlocked != null && Arrays.stream(deadlocked).anyMatch(id -> id == one.thread().threadId())) {
                one.interrupt(); // end both, so that nothing is left behind
                two.interrupt();
                fail("the two opposite transfers deadlocked: the locks are not taken in one global order");
            }
            Thread.sleep(1); // polls: findDeadlockedThreads is costly, once a millisecond is enough
        }

        assertThat(one.join() && two.join()).isTrue();
        assertThat(a.balance()).isEqualTo(110);
        assertThat(b.balance()).isEqualTo(90);
    }

    /** Waits until the other transfer is queued for a lock, holds the lock this one has not taken, or has ended. */
    private static void awaitQueuedOrHolding(AtomicReferenceArray<Thread> threads, int other, Account a, Account b) {
        ReentrantLock notMine = a.lock.isHeldByCurrentThread() ? b.lock : a.lock;
        Thread them;
        while ((them = threads.get(other)) == null
                || !(a.lock.hasQueuedThread(them) || b.lock.hasQueuedThread(them) || notMine.isLocked() || !them.isAlive())) {
            LockSupport.parkNanos(100_000); // polls; the pause leaves the processor to the other transfer
        }
    }
}
