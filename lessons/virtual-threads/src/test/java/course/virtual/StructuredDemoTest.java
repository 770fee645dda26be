package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StructuredDemoTest {

    @Test
    void bothAnswersAreCombined() throws InterruptedException {
        assertThat(StructuredDemo.plan("Paris", () -> "Hotel Lune", () -> "sunny")).isEqualTo("Paris: Hotel Lune, sunny");
    }

    @Test
    void whenOneSubtaskFailsTheOtherIsCancelled() {
        AtomicBoolean weatherInterrupted = new AtomicBoolean();
        CountDownLatch weatherStarted = new CountDownLatch(1);
        String plan = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> StructuredDemo.plan("Oslo", () -> {
            weatherStarted.await(); // fail only once the other subtask is surely running
            throw new IllegalStateException("no hotel free");
        }, () -> {
            weatherStarted.countDown();
            try {
                // Waits until the scope cancels it. A scope that does not cancel would leave it waiting for ever:
                // the 5 s only end that wrong case early (a cancel arrives as soon as the hotel has failed).
                if (!new CountDownLatch(1).await(5, TimeUnit.SECONDS)) {
                    return "not cancelled";
                }
            } catch (InterruptedException e) {
                weatherInterrupted.set(true);
                throw e;
            }
            return "never";
        }));

        assertThat(plan).isEqualTo("Oslo: no plan (no hotel free)");
        assertThat(weatherInterrupted).as("the weather subtask was interrupted when the hotel failed").isTrue();
    }
}
