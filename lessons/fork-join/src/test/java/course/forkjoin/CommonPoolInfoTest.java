package course.forkjoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommonPoolInfoTest {

    @Test
    void aParallelStreamRunsOnTheCallerAndTheCommonPoolOnly() {
        assertThat(CommonPoolInfo.threadsOfAParallelStream(500)).isNotEmpty().allSatisfy(name ->
                assertThat(name).matches("ForkJoinPool\\.commonPool-worker-\\d+|" + Thread.currentThread().getName()));
    }

    @Test
    void printsTheParallelismOfTheCommonPool() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommonPoolInfo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("common pool parallelism: " + ForkJoinPool.getCommonPoolParallelism())
                .contains("available processors: " + Runtime.getRuntime().availableProcessors());
    }
}
