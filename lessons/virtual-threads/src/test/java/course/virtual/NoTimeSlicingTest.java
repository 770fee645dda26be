package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * This module's tests run with one carrier thread (see the pom). A virtual thread that never blocks keeps it: the
 * other virtual thread gets it only when the spinner ends, or yields. Neither result depends on how long the spin
 * lasts: a scheduler that shared time would let the other run during a long enough spin, and this one does not.
 */
class NoTimeSlicingTest {

    @Test
    void aSpinningVirtualThreadKeepsTheOnlyCarrierUntilItEnds() {
        assertThat(Integer.getInteger("jdk.virtualThreadScheduler.parallelism")).isEqualTo(1);

        NoTimeSlicing.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> NoTimeSlicing.spinThenLetAnotherRun(200, false));

        assertThat(outcome.otherRanDuringTheSpin()).as("the other virtual thread ran while the spinner spun").isFalse();
        assertThat(outcome.otherRanAfterwards()).isTrue();
    }

    @Test
    void yieldingHandsTheCarrierToTheOther() {
        NoTimeSlicing.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> NoTimeSlicing.spinThenLetAnotherRun(10_000, true));

        assertThat(outcome.otherRanDuringTheSpin()).as("the other virtual thread ran while the spinner yielded").isTrue();
    }
}
