package course.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestResultTest {

    @Test
    void aLineOfTestRunnerReadsBack() {
        TestResult result = new TestResult("XTest", "addsMany", "[1] 2", 3, 20, "boom");
        assertThat(TestResult.parse(result.format())).contains(result);
        assertThat(TestResult.parse("some output of a test")).isEmpty();
        assertThat(result.name()).isEqualTo("XTest#addsMany [1] 2");
        assertThat(result.test()).isEqualTo("XTest#addsMany");
    }

    @Test
    void aUniqueIdGivesTheClassTheMethodAndTheInvocation() {
        assertThat(TestResult.named("[engine:junit-jupiter]/[class:a.b.XTest]/[method:addsOne()]", "addsOne()", true,
                1)).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("XTest#addsOne"));
        assertThat(TestResult.named("[engine:junit-jupiter]/[class:a.XTest]/[test-template:addsMany(int)]"
                + "/[test-template-invocation:#1]", "[1] 2", true, 1))
                .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("XTest#addsMany [1] 2"));
        assertThat(TestResult.named("[engine:junit-jupiter]/[class:a.XTest]", "XTest", false, 1))
                .hasValueSatisfying(r -> assertThat(r.test()).isEqualTo("XTest"));
        assertThat(TestResult.named("[engine:junit-jupiter]", "JUnit Jupiter", false, 1)).isEmpty();
    }

    @Test
    void theRunnersOutputIsFoundAmongTheTestsOwnLines() {
        TestJvm.Outcome outcome = TestJvm.read(java.util.List.of("hello", TestRunner.TIMEOUT + "5",
                new TestResult("XTest", "a", "", 0, 1, "").format()));
        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.results()).hasSize(1);
    }

    @Test
    void theTestsRunInTheCoursesLocaleWithTheModulesOptions() {
        assertThat(TestJvm.options("--enable-preview -Xmx256m")).endsWith("-Xmx256m")
                .doesNotContain("--enable-preview").anyMatch(option -> option.startsWith("-Duser.language="));
    }
}
