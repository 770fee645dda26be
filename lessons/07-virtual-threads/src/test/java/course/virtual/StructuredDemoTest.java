package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class StructuredDemoTest {

    @Test
    void bothAnswersAreCombined() throws InterruptedException {
        assertThat(StructuredDemo.plan("Paris", () -> "Hotel Lune", () -> "sunny")).isEqualTo("Paris: Hotel Lune, sunny");
    }

    @Test
    void whenOneSubtaskFailsTheOtherIsCancelled() throws InterruptedException {
        AtomicBoolean weatherInterrupted = new AtomicBoolean();
        CountDownLatch weatherStarted = new CountDownLatch(1);
        String plan = StructuredDemo.plan("Oslo", () -> {
            weatherStarted.await(); // fail only once the other subtask is surely running
            throw new IllegalStateException("no hotel free");
        }, () -> {
            weatherStarted.countDown();
            try {
                new CountDownLatch(1).await(); // would wait forever unless the scope cancels it
            } catch (InterruptedException e) {
                weatherInterrupted.set(true);
                throw e;
            }
            return "never";
        });

        assertThat(plan).isEqualTo("Oslo: no plan (no hotel free)");
        assertThat(weatherInterrupted).as("the weather subtask was interrupted when the scope closed").isTrue();
    }
}
