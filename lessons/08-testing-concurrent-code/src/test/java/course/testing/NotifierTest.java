package course.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NotifierTest {

    // tag::awaitility[]
    @Test
    void aSentMessageIsDeliveredSoonAfter() {
        try (Notifier notifier = new Notifier()) {
            notifier.send("  hello ");

            await().atMost(Duration.ofSeconds(10))           // an upper bound, only reached when it fails
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> notifier.delivered().contains("hello")); // returns as soon as it is true
        }
    }
    // end::awaitility[]

    // tag::timeout[]
    @Test
    @Timeout(10) // JUnit fails the test if it runs longer: a hang becomes a failure with a stack trace
    void closingWaitsForEveryDelivery() {
        Notifier notifier = new Notifier();
        for (int i = 0; i < 100; i++) {
            notifier.send("message " + i);
        }
        notifier.close(); // waits for the queued deliveries: no polling needed afterwards

        assertThat(notifier.delivered()).hasSize(100).startsWith("message 0").endsWith("message 99");
    }

    @Test
    void sendNeverWaitsForTheDelivery() {
        try (Notifier notifier = new Notifier()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> notifier.send("quick")); // runs in another thread
        }
    }
    // end::timeout[]
}
