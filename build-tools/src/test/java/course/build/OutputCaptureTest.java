package course.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCaptureTest {

    @TempDir
    Path root;

    private OutputCapture.Run run(String... words) throws IOException {
        Path module = root.resolve("lessons/alpha");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve("target/classes/Main.class"), "bytes");
        return new OutputCapture.Run("lessons/alpha/runs.properties", "table", module, module.resolve("target/classes"),
                List.of(words), 0, true, root.resolve("outputs/lessons/alpha/table.txt"), null);
    }

    @Test
    void theKeyChangesWhenAPythonScriptOfTheModuleChanges() throws Exception {
        OutputCapture.Run run = run("Main");
        String withoutScript = OutputCapture.key(run);
        Path script = run.module().resolve("src/main/python/primes.py");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "print(1)\n");
        String withScript = OutputCapture.key(run);
        Files.writeString(script, "print(2)\n");

        assertThat(withScript).isNotEqualTo(withoutScript);
        assertThat(OutputCapture.key(run)).isNotEqualTo(withScript).isEqualTo(OutputCapture.key(run));
    }

    @Test
    void filesARunWritesBesidesItsOutputAreNamedByOutputDir() throws Exception {
        OutputCapture.Run run = run("Main", "--csv", "{output-dir}/table-data.txt", "--limit", "10");

        assertThat(OutputCapture.files(run)).containsExactly(root.resolve("outputs/lessons/alpha/table-data.txt"));
        assertThat(OutputCapture.key(run)).as("the key does not depend on where the outputs are")
                .isEqualTo(OutputCapture.key(run));
    }
}
