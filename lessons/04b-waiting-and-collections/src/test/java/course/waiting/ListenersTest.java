package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ListenersTest {

    @Test
    void aListenerAddedWhilePublishIsRunningHearsOnlyLaterEvents() throws InterruptedException {
        Listeners listeners = new Listeners();
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch publishing = new CountDownLatch(1);
        CountDownLatch added = new CountDownLatch(1);
        listeners.add(event -> {
            heard.add("first: " + event);
            if (event.equals("one")) {
                publishing.countDown();
                awaitQuietly(added); // publish is in the middle of its loop while another thread adds
            }
        });
        Thread publisher = Thread.ofPlatform().start(() -> listeners.publish("one"));
        publishing.await();
        Consumer<String> late = event -> heard.add("late: " + event);
        listeners.add(late);
        added.countDown();
        publisher.join();
        listeners.publish("two");

        assertThat(heard).containsExactly("first: one", "first: two", "late: two");
        assertThat(listeners.size()).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
