package course.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDemoTest {

    @Test
    void eachIteratorDoesWhatTheLessonSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        // Each line is computed from what the iterator did (a caught exception, the elements it returned).
        assertThat(lines.get(0)).isEqualTo("ArrayList: ConcurrentModificationException (fail-fast iterator)");
        assertThat(lines.get(1))
                .isEqualTo("CopyOnWriteArrayList: the iterator saw [a, b, c], the list is now [a, b, c, d]");
        // Whether the keys added during the loop are seen is not specified: any number of the three will do.
        assertThat(lines.get(2)).matches("ConcurrentHashMap: no exception; saw each of the 3 keys there at the"
                + " start once, and [0-3] of the 3 keys added meanwhile");
        assertThat(lines.get(3)).isEqualTo("Listeners heard [logger: first, one-shot: first, logger: second]");
    }

    @Test
    void weaklyConsistentReportsAKeySeenTwiceOrNever() {
        assertThat(SnapshotDemo.weaklyConsistent(List.of("a", "b"), List.of("a", "a", "b")))
                .isEqualTo("key a was seen 2 times");
        assertThat(SnapshotDemo.weaklyConsistent(List.of("a", "b"), List.of("b", "bb")))
                .isEqualTo("key a was seen 0 times");
    }
}
