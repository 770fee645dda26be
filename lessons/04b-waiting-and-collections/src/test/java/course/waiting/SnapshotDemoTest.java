package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnapshotDemoTest {

    @Test
    void showsFailFastSnapshotAndWeaklyConsistentIteration() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "ArrayList: ConcurrentModificationException (fail-fast iterator)",
                "CopyOnWriteArrayList: the iterator saw [a, b, c], the list is now [a, b, c, d]",
                "ConcurrentHashMap: no exception; every key there at the start was seen once",
                "Listeners heard [logger: first, one-shot: first, logger: second]");
    }
}
