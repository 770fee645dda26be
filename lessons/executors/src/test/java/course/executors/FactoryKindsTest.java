package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FactoryKindsTest {

    @Test
    void onlySomeFactoriesReturnAThreadPoolExecutor() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FactoryKinds.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "newFixedThreadPool(2) returns a ThreadPoolExecutor",
                "newCachedThreadPool() returns a ThreadPoolExecutor",
                "newScheduledThreadPool(1) returns a ThreadPoolExecutor",
                "newSingleThreadExecutor() returns neither a ThreadPoolExecutor nor a ForkJoinPool",
                "newWorkStealingPool() returns a ForkJoinPool",
                "newVirtualThreadPerTaskExecutor() returns neither a ThreadPoolExecutor nor a ForkJoinPool",
                "newThreadPerTaskExecutor(factory) returns neither a ThreadPoolExecutor nor a ForkJoinPool");
    }
}
