package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

@Timeout(value = 5, threadMode = ThreadMode.SEPARATE_THREAD)
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
        listeners.add(event -> heard.add("second: " + event));
        Threads.Started publisher = Threads.run(() -> listeners.publish("one"));
        publishing.await();
        Consumer<String> late = event -> heard.add("late: " + event);
        listeners.add(late);
        added.countDown();
        publisher.joinAndRethrow(); // a fail-fast list throws ConcurrentModificationException in the publisher
        listeners.publish("two");

        // The loop over "one" walked the snapshot taken before the add: the late listener missed it.
        assertThat(heard).containsExactly("first: one", "second: one", "first: two", "second: two", "late: two");
        assertThat(listeners.size()).isEqualTo(3);
    }

    @Test
    void aListenerThatRemovesItselfWhileHearingAnEventDoesNotDisturbTheOthers() {
        Listeners listeners = new Listeners();
        List<String> heard = new CopyOnWriteArrayList<>();
        listeners.add(event -> heard.add("logger: " + event));
        listeners.add(new Consumer<>() {
            @Override
            public void accept(String event) {
                heard.add("one-shot: " + event);
                listeners.remove(this); // removes itself while publish is walking the list
            }
        });
        listeners.add(event -> heard.add("auditor: " + event));

        listeners.publish("first");  // an ArrayList throws nothing here (hasNext finds the end) but skips the auditor
        listeners.publish("second");

        assertThat(heard).containsExactly("logger: first", "one-shot: first", "auditor: first",
                "logger: second", "auditor: second");
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
