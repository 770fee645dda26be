package course.coordination;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Two opposite transfers deadlock; ThreadMXBean finds the cycle; ordered locking removes it. */
public final class DeadlockDemo {

    private DeadlockDemo() {
    }

    // tag::detect[]
    /** Waits until the JVM reports deadlocked threads, and describes who waits for what. */
    static List<String> awaitDeadlock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids;
        while ((ids = threads.findDeadlockedThreads()) == null) { // cycles of monitors and owned locks (ReentrantLock)
            Thread.onSpinWait();
        }
        List<String> cycle = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(ids)) {
            cycle.add(info.getThreadName() + " waits for a lock held by " + info.getLockOwnerName());
        }
        return cycle.stream().sorted().toList();
    }
    // end::detect[]

    /** Starts two opposite transfers that both take their first lock before trying the second. */
    static List<Thread> startOppositeTransfers(Account a, Account b) {
        CountDownLatch bothHoldOneLock = new CountDownLatch(2);
        Runnable meet = () -> {
            bothHoldOneLock.countDown();
            try {
                bothHoldOneLock.await(); // guarantees the deadlock: no luck involved
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        return List.of(
                Thread.ofPlatform().name("transfer-a-to-b").start(() -> quietly(() -> Transfers.transfer(a, b, 10, meet))),
                Thread.ofPlatform().name("transfer-b-to-a").start(() -> quietly(() -> Transfers.transfer(b, a, 20, meet))));
    }

    interface Action {
        void run() throws InterruptedException;
    }

    private static void quietly(Action action) {
        try {
            action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the transfer was cancelled; nothing was moved
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("DeadlockDemo takes no arguments");
            System.exit(2);
        }
        Account a = new Account("a", 100);
        Account b = new Account("b", 100);
        List<Thread> transfers = startOppositeTransfers(a, b);
        awaitDeadlock().forEach(line -> System.out.println("deadlock: " + line));
        for (Thread transfer : transfers) {
            transfer.interrupt(); // lockInterruptibly lets us break it; with synchronized we could not
            transfer.join();
        }
        System.out.println("both transfers cancelled: a = " + a.balance() + ", b = " + b.balance());

        Thread one = Thread.ofPlatform().start(() -> quietly(() -> Transfers.transferOrdered(a, b, 10)));
        Thread two = Thread.ofPlatform().start(() -> quietly(() -> Transfers.transferOrdered(b, a, 20)));
        one.join();
        two.join();
        System.out.println("with ordered locks both transfers finished: a = " + a.balance() + ", b = " + b.balance());
    }
}
