package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ManySleepersTest {

    private static ManySleepers.Nap allAtOnce(int count) {
        CountDownLatch everyoneWaiting = new CountDownLatch(count); // opens only when all count threads wait
        return () -> {
            everyoneWaiting.countDown();
            everyoneWaiting.await();
        };
    }

    @Test
    void tenThousandVirtualThreadsAllWaitAtTheSameTime() throws InterruptedException {
        ManySleepers.Result result = ManySleepers.run(true, 10_000, allAtOnce(10_000));

        assertThat(result.started()).isEqualTo(10_000);
        assertThat(result.failure()).isNull();
    }

    @Test
    void platformThreadsToo() throws InterruptedException {
        assertThat(ManySleepers.run(false, 200, allAtOnce(200)).started()).isEqualTo(200);
    }

    @Test
    void theReportSaysWhatWasMeasured() {
        String line = ManySleepers.describe(true, 100_000, Duration.ofSeconds(1),
                new ManySleepers.Result(100_000, 2_100, 150 * 1_048_576L, -1, 23, null));

        assertThat(line).isEqualTo("virtual   100,000 sleepers of 1 s:  2,100 ms,      23 platform threads at most,"
                + " resident memory n/a, heap in use +150.0 MB");
    }

    @Test
    void theDataLineHasKindSleepersSecondsAndPeakThreads() {
        ManySleepers.Result result = new ManySleepers.Result(1_000, 1_234, 0, 0, 1_012, null);

        assertThat(ManySleepers.csv(false, 1_000, result)).isEqualTo("platform,1000,1.234,1012"); // Locale.US in a German JVM
    }

    @Test
    void platformThreadsShowInThePeakAndVirtualOnesDoNot() throws InterruptedException {
        ManySleepers.Result platform = ManySleepers.run(false, 200, allAtOnce(200));
        ManySleepers.Result virtual = ManySleepers.run(true, 10_000, allAtOnce(10_000));

        assertThat(platform.peakThreads()).isGreaterThanOrEqualTo(200);
        assertThat(virtual.peakThreads()).isLessThan(10_000);
    }
}
