package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeTest {

    @TempDir
    Path root;

    @BeforeEach
    void aLabWithTwoGroups() throws IOException {
        write("site/outline.txt", "labs/xylo | X | Practice.\n");
        write("labs/xylo/src/test/java/x/XTest.java", """
                class XTest {
                    @Test
                    void addsOne() {
                    }

                    @ParameterizedTest
                    @ValueSource(ints = {1, 2})
                    void addsMany(int n) {
                    }

                    @Test
                    void subtracts() {
                    }
                }
                """);
        write("labs/xylo/grading.txt", "# points | what | tests\n6 | adds | XTest#add*\n4 | subtracts | XTest#subtracts\n");
    }

    private static TestResult result(String method, String invocation, int failed) {
        return new TestResult("XTest", method, invocation, failed, 1, "");
    }

    @Test
    void aGroupGetsItsPointsWhenEachOfItsTestsRanAndPassed() throws BuildException {
        List<Grading.Group> groups = Grading.check(root, "labs/xylo");
        Grading.Group adds = groups.get(0);
        assertThat(adds.selected()).containsExactlyInAnyOrder("XTest#addsOne", "XTest#addsMany");
        List<TestResult> passing = List.of(result("addsOne", "", 0), result("addsMany", "[1] 1", 0),
                result("addsMany", "[2] 2", 0), result("subtracts", "", 1));
        assertThat(adds.passes(passing)).isTrue();
        assertThat(groups.get(1).passes(passing)).isFalse();
        assertThat(adds.passes(List.of(result("addsOne", "", 0), result("addsMany", "[1] 1", 0),
                result("addsMany", "[2] 2", 1)))).as("one invocation failed").isFalse();
        assertThat(adds.passes(List.of(result("addsOne", "", 0)))).as("addsMany never ran").isFalse();
        assertThat(adds.passes(List.of(result("addsOne", "", 0), result("addsMany", "[1] 1", 0),
                result("", "", 1)))).as("the class's set-up failed").isFalse();
    }

    @Test
    void theTestsAreReadWithTheJavaParserAndEachMustBeInAGroup() throws Exception {
        write("labs/xylo/src/test/java/x/YTest.java", """
                class YTest {
                    // @Test void commentedOut() {}
                    String text = "@Test void quoted() {}";

                    @Nested
                    class Inner {
                        @org.junit.jupiter.api.RepeatedTest(3)
                        void repeats() {
                        }
                    }
                }
                """);
        assertThat(Grading.testMethods(root.resolve("labs/xylo/src/test/java")))
                .containsEntry("YTest", java.util.Set.of("repeats"));
        assertThatThrownBy(() -> Grading.check(root, "labs/xylo"))
                .hasMessage("labs/xylo/grading.txt: YTest#repeats is in no group: add it to a group's tests, or a"
                        + " student who makes it pass earns nothing for it");
    }

    @Test
    void theLabsAreNamedOrComeFromTheOutline() throws Exception {
        assertThat(Grade.arguments(root, List.of())).isEqualTo(new Grade.Arguments(false, false, List.of("labs/xylo")));
        assertThat(Grade.arguments(root, List.of("--reference", "xylo")).labs()).containsExactly("labs/xylo");
        assertThat(Grade.arguments(root, List.of("--help")).help()).isTrue();
        assertThatThrownBy(() -> Grade.arguments(root, List.of("labs/nope")))
                .hasMessageStartingWith("labs/nope/grading.txt does not exist");
        assertThatThrownBy(() -> Grade.arguments(root, List.of("--all")))
                .hasMessage("unknown option --all; " + Grade.USAGE);
    }

    @Test
    void aLabThatDoesNotCompileShowsItsCompilerErrors() {
        List<String> maven = List.of("[INFO] x", "[ERROR] /r/labs/xylo/src/main/java/X.java:[3,5] ';' expected",
                "[ERROR] /r/labs/other/src/main/java/Y.java:[1,1] nope");
        assertThat(Grade.compilerMessages(maven, "labs/xylo"))
                .containsExactly("/r/labs/xylo/src/main/java/X.java:[3,5] ';' expected");
    }

    private void write(String file, String text) throws IOException {
        TestFiles.write(root, file, text);
    }
}
