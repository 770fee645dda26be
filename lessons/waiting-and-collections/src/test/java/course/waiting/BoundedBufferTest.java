package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class BoundedBufferTest {

    @Test
    void itemsComeOutInTheOrderTheyWentIn() throws InterruptedException {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(3);
        buffer.put("a");
        buffer.put("b");
        buffer.put("c");

        assertThat(List.of(buffer.take(), buffer.take(), buffer.take())).containsExactly("a", "b", "c");
        assertThat(buffer.size()).isZero();
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new BoundedBuffer<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takeWaitsWhileEmptyUntilAnItemArrives() throws InterruptedException {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(2);
        AtomicReference<String> taken = new AtomicReference<>();
        Thread consumer = Threads.start(() -> taken.set(buffer.take()));

        Threads.awaitWaiting(consumer); // parked on notEmpty
        buffer.put("item");
        consumer.join();

        assertThat(taken.get()).isEqualTo("item");
    }

    @Test
    void putWaitsWhileFullUntilAnItemIsTaken() throws InterruptedException {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
        buffer.put("first");
        Thread producer = Threads.start(() -> buffer.put("second"));

        Threads.awaitWaiting(producer); // parked on notFull
        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.take()).isEqualTo("first");
        producer.join();

        assertThat(buffer.take()).isEqualTo("second");
    }

    @Test
    void aConsumerInterruptedWhileWaitingGetsInterruptedException() throws InterruptedException {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread consumer = Thread.ofPlatform().daemon().start(() -> {
            try {
                buffer.take();
            } catch (InterruptedException e) {
                thrown.set(e);
            }
        });

        Threads.awaitWaiting(consumer); // parked in notEmpty.await()
        long waits = Threads.waits(consumer);
        consumer.interrupt();
        Threads.awaitEndedOrWaitsAgain(consumer, waits); // ended (right), or went back to waiting (wrong)

        assertThat(consumer.isAlive()).as("the interrupted consumer stopped waiting instead of waiting again")
                .isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void manyProducersAndConsumersPassEveryItemExactlyOnce() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        int producers = 4;
        int perProducer = 500;
        ConcurrentHashMap<Integer, Integer> received = new ConcurrentHashMap<>();
        CountDownLatch startingGun = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int first = p * perProducer;
            threads.add(Threads.start(() -> {
                startingGun.await();
                for (int i = 0; i < perProducer; i++) {
                    buffer.put(first + i);
                }
            }));
            threads.add(Threads.start(() -> {
                startingGun.await();
                for (int i = 0; i < perProducer; i++) {
                    received.merge(buffer.take(), 1, Integer::sum);
                }
            }));
        }
        startingGun.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(received).hasSize(producers * perProducer);
        assertThat(received.values()).containsOnly(1);
    }
}
