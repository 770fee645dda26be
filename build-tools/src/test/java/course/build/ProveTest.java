package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProveTest {

    @TempDir
    Path root;

    private static TestJvm.Outcome ran(TestResult... results) {
        return new TestJvm.Outcome(List.of(results), false);
    }

    private static TestResult failed(String method, int failed) {
        return new TestResult("XTest", method, "", failed, 20, failed > 0 ? "boom" : "");
    }

    private static Prove.Verdict judge(Prove.Kind kind, TestJvm.Outcome outcome) {
        return Prove.judge(kind, Prove.Mode.RUN, false, outcome, 20, 600);
    }

    @Test
    void aMistakeMustFailOneTestEveryRun() {
        assertThat(judge(Prove.Kind.MISTAKE, ran(failed("a", 20), failed("b", 0))).result()).isEqualTo("ok");
        Prove.Verdict luck = judge(Prove.Kind.MISTAKE, ran(failed("a", 19), failed("b", 0)));
        assertThat(luck.ok()).isFalse();
        assertThat(luck.text()).contains("by luck only: XTest#a (19 of 20)");
        assertThat(judge(Prove.Kind.MISTAKE, new TestJvm.Outcome(List.of(), true)).text())
                .isEqualTo("still running after 600 s");
    }

    @Test
    void anAlternativeMustPassEveryRun() {
        assertThat(judge(Prove.Kind.ALTERNATIVE, ran(failed("a", 0))).result()).isEqualTo("ok");
        assertThat(judge(Prove.Kind.ALTERNATIVE, ran(failed("a", 1))).ok()).isFalse();
        assertThat(judge(Prove.Kind.ALTERNATIVE, new TestJvm.Outcome(List.of(failed("a", 0)), true)).ok()).isFalse();
        assertThat(judge(Prove.Kind.ALTERNATIVE, ran()).ok()).isFalse();
    }

    @Test
    void aStarterMustFailATest() {
        assertThat(Prove.judge(Prove.Kind.STARTER, Prove.Mode.ONCE, false, ran(failed("a", 1)), 1, 600).text())
                .isEqualTo("1 of 1 tests fail on src/main/java");
        assertThat(Prove.judge(Prove.Kind.STARTER, Prove.Mode.ONCE, false, ran(failed("a", 0)), 1, 600).ok())
                .isFalse();
        assertThat(Prove.judge(Prove.Kind.STARTER, Prove.Mode.ONCE, true, null, 1, 600).ok()).isFalse();
    }

    @Test
    void aMistakeCaughtByJcstressOnlyHasToCompile() {
        assertThat(Prove.caughtByJcstress("A missing volatile.\nCaught by jcstress: LazyTest\ndiff --git a b\n"))
                .isTrue();
        assertThat(Prove.caughtByJcstress("Caught by XTest.a\ndiff --git a b\n+Caught by jcstress\n")).isFalse();
        assertThat(Prove.judge(Prove.Kind.MISTAKE, Prove.Mode.COMPILE, false, null, 20, 600).result())
                .isEqualTo("stress");
        assertThat(Prove.judge(Prove.Kind.MISTAKE, Prove.Mode.COMPILE, true, null, 20, 600).ok()).isFalse();
    }

    @Test
    void theDefaultModulesAreTheLabsAndTheLessonsWithMistakes() throws Exception {
        write("pom.xml", "<modules><module>lessons/alpha</module><module>lessons/beta</module>"
                + "<module>labs/xylo</module><module>labs/xylo/stress</module></modules>");
        Files.createDirectories(root.resolve("lessons/beta/mistakes"));
        assertThat(Prove.modules(root, List.of())).containsExactly("lessons/beta", "labs/xylo");
    }

    @Test
    void aFolderThatIsNoModuleIsAUsageError() throws Exception {
        write("labs/xylo/pom.xml", "<project/>");
        Files.createDirectories(root.resolve("labs/xylo/src/reference/java"));
        assertThat(Prove.modules(root, List.of("labs/xylo/"))).containsExactly("labs/xylo");
        assertThatThrownBy(() -> Prove.modules(root, List.of("labs/nope")))
                .isInstanceOf(Prove.UsageException.class).hasMessageStartingWith("labs/nope is neither a lab");
        assertThatThrownBy(() -> Prove.modules(root, List.of("-x")))
                .hasMessage("unknown option -x; " + Prove.USAGE);
    }

    private void write(String file, String text) throws IOException {
        TestFiles.write(root, file, text);
    }
}
