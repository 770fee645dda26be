package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 6, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a consumer that never stops fails in 6 s
class PipelineTest {

    @Test
    void everyItemIsConsumedExactlyOnceAndEveryConsumerStops() throws InterruptedException {
        Output out = new Output();

        long sum = Pipeline.run(20, 3, 2, out.stream); // returns only after every consumer took its poison pill

        assertThat(sum).isEqualTo(20 * 21 * 41 / 6);
        List<String> items = out.lines().stream().map(line -> line.substring(line.lastIndexOf(' ') + 1)).sorted().toList();
        assertThat(items).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toList());
    }

    @Test
    void moreConsumersThanItemsStillAllStop() throws InterruptedException {
        assertThat(Pipeline.run(2, 5, 1, new Output().stream)).isEqualTo(5);
    }
}
