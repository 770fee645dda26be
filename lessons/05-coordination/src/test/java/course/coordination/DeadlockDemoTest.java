package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DeadlockDemoTest {

    @Test
    void oppositeTransfersDeadlockAndThreadMXBeanReportsTheCycle() throws InterruptedException {
        Account a = new Account("a", 100);
        Account b = new Account("b", 100);
        List<Thread> transfers = DeadlockDemo.startOppositeTransfers(a, b);

        List<String> cycle = DeadlockDemo.awaitDeadlock();

        assertThat(cycle).containsExactly(
                "transfer-a-to-b waits for a lock held by transfer-b-to-a",
                "transfer-b-to-a waits for a lock held by transfer-a-to-b");
        for (Thread transfer : transfers) {
            transfer.interrupt();
            transfer.join();
        }
        assertThat(a.balance() + b.balance()).isEqualTo(200);
    }

    @Test
    void orderedLocksLetManyOppositeTransfersFinish() throws InterruptedException {
        Account a = new Account("a", 1_000);
        Account b = new Account("b", 1_000);
        CountDownLatch startingGun = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            boolean aToB = t % 2 == 0;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    startingGun.await();
                    for (int i = 0; i < 1_000; i++) {
                        Transfers.transferOrdered(aToB ? a : b, aToB ? b : a, 1);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        startingGun.countDown();
        for (Thread thread : threads) {
            thread.join(); // the timeout of this class reports a deadlock as a failure
        }

        assertThat(a.balance()).isEqualTo(1_000);
        assertThat(b.balance()).isEqualTo(1_000);
    }
}
