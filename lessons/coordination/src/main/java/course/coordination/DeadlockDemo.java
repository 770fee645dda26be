package course.coordination;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/** Two opposite transfers deadlock; ThreadMXBean finds the cycle; cancelling one breaks it; ordered locking avoids it. */
public final class DeadlockDemo {

    private DeadlockDemo() {
    }

    // tag::detect[]
    /** Waits until the JVM reports deadlocked threads, and describes who waits for what. */
    static List<String> awaitDeadlock() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids;
        while ((ids = threads.findDeadlockedThreads()) == null) { // cycles of monitors and owned locks (ReentrantLock)
            Thread.sleep(1); // the Javadoc warns the call "might be an expensive operation": ask once a millisecond
        }
        List<String> cycle = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(ids)) {
            cycle.add(info.getThreadName() + " waits for a lock held by " + info.getLockOwnerName());
        }
        return cycle.stream().sorted().toList();
    }
    // end::detect[]

    /** Starts two opposite transfers that both take their first lock before trying the second. */
    static List<TransferThread> startOppositeTransfers(Account a, Account b) {
        CountDownLatch bothHoldOneLock = new CountDownLatch(2);
        Runnable meet = () -> {
            bothHoldOneLock.countDown();
            try {
                bothHoldOneLock.await(); // guarantees the deadlock: no luck involved
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // then lockInterruptibly throws at once: cancelled
            }
        };
        return List.of(
                TransferThread.start("transfer-a-to-b", a, b, 10, () -> Transfers.transfer(a, b, 10, meet)),
                TransferThread.start("transfer-b-to-a", b, a, 20, () -> Transfers.transfer(b, a, 20, meet)));
    }

    // tag::recover[]
    /** Breaks the deadlock by cancelling one transfer; the other one then takes the freed lock and finishes. */
    static void recover(List<TransferThread> deadlocked, PrintStream out) throws InterruptedException {
        TransferThread victim = deadlocked.get(0);
        out.println("recovery: interrupt " + victim.name + " only");
        victim.interrupt(); // it gives up in lockInterruptibly() and unlocks the lock it held
        for (TransferThread transfer : deadlocked) {
            boolean moved = transfer.join(); // each one either moved the money or moved nothing
            out.println(transfer.name + " (" + transfer.what + "): " + (moved ? "completed" : "cancelled, nothing moved"));
        }
    }
    // end::recover[]

    static String balances(Account a, Account b) {
        return String.format(Locale.US, "a = %d, b = %d, total = %d", a.balance(), b.balance(), a.balance() + b.balance());
    }

    static void run(PrintStream out) throws InterruptedException {
        Account a = new Account("a", 100);
        Account b = new Account("b", 100);
        List<TransferThread> transfers = startOppositeTransfers(a, b);
        awaitDeadlock().forEach(line -> out.println("deadlock: " + line));
        recover(transfers, out);
        out.println("after the recovery: " + balances(a, b));

        Runnable nothing = () -> { };
        TransferThread one = TransferThread.start("ordered-a-to-b", a, b, 10,
                () -> Transfers.transferOrdered(a, b, 10, nothing));
        TransferThread two = TransferThread.start("ordered-b-to-a", b, a, 20,
                () -> Transfers.transferOrdered(b, a, 20, nothing));
        boolean bothMoved = one.join() & two.join(); // & joins both, whatever the first returns
        out.println("with ordered locks " + (bothMoved ? "both transfers completed" : "a transfer was cancelled")
                + ": " + balances(a, b));
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("DeadlockDemo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
