package course.sleepers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SleepOptionsTest {

    @Test
    void defaultsAreTenThreadsOfFiveSeconds() throws UsageException {
        assertThat(SleepOptions.parse()).isEqualTo(new SleepOptions(10, 5, false));
    }

    @Test
    void readsBothOptionsInAnyOrder() throws UsageException {
        assertThat(SleepOptions.parse("--seconds", "1", "--threads", "3"))
                .isEqualTo(new SleepOptions(3, 1, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --threads -1   | --threads needs a whole number from 1 to 10000, got "-1"
            --threads 0    | --threads needs a whole number from 1 to 10000, got "0"
            --threads ten  | --threads needs a whole number from 1 to 10000, got "ten"
            --seconds -5   | --seconds needs a whole number from 0 to 3600, got "-5"
            --seconds 1.5  | --seconds needs a whole number from 0 to 3600, got "1.5"
            --seconds      | --seconds needs a whole number from 0 to 3600;
            --fast         | unknown option "--fast"
            """)
    void aBadValueSaysWhatIsAllowed(String args, String message) {
        assertThatThrownBy(() -> SleepOptions.parse(args.split(" ")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith(message)
                .hasMessageContaining("usage: Sleepers")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpIsNotAnError(String flag) throws UsageException {
        assertThat(SleepOptions.parse(flag).help()).isTrue();
    }

    @Test
    void durationsAreDescribedInWords() {
        assertThat(Sleeper.describe(Duration.ofSeconds(5))).isEqualTo("5 seconds");
        assertThat(Sleeper.describe(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(Sleeper.describe(Duration.ofMillis(200))).isEqualTo("200 ms");
    }
}
