package course.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/launcher/Launch.java}, which exec:exec puts before a lesson's main class when Maven runs on a JDK
 * older than the course's: it must compile on an old JDK, start every kind of main method that JDK 25's java starts,
 * start the program again on a newer JDK that Maven's search found before when the java that runs it is too old,
 * and say in one sentence what to type when there is none. The tests run in build-tools, one
 * folder below the repository's root, on the course's JDK.
 */
class LaunchTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCH = ROOT.resolve(".mvn/launcher/Launch.java");
    private static final int RUNNING = Runtime.version().feature();

    @TempDir
    Path programs;

    /** The user.home of the launcher: no ~/.m2/discovered-jdk-toolchains-cache.xml unless a test writes one. */
    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {}

    @Test
    void compilesForJava11SoThatAnOldJavaCanSayWhatToType() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("--release", "11", "-d", programs.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(LAUNCH)).call();

        assertThat(compiled).as(errors.toString()).isTrue();
    }

    @Test
    void onAnOlderJavaSaysInOneSentenceWhatToTypeAndFails() throws Exception {
        // The running JDK stands for the old one: the course's release is one more than it. No JDK was found before.
        Run run = launch(ROOT.resolve("lessons/01-sleepers"), String.valueOf(RUNNING + 1), "course.sleepers.Sleepers");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("This program needs Java " + (RUNNING + 1) + " and exec:exec alone started Java " + RUNNING)
                .contains("type ./mvnw -q -pl lessons/01-sleepers compile exec:exec,")
                .endsWith(".");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // the newer JDK below is a shell script
    void onAnOlderJavaStartsTheProgramAgainOnTheNewerJdkThatMavensSearchFoundBefore() throws Exception {
        compile("Hello", """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello " + String.join("+", args) + " " + System.getProperty("seen"));
                    }
                }
                """);
        // A "JDK" one release newer than the running one: its java is the running java, and says it was used.
        Path newer = Files.createDirectories(home.resolve("jdk-newer/bin"));
        Path java = Files.writeString(newer.resolve("java"),
                "#!/bin/sh\nexec '" + javaCommand() + "' -Dseen=newer \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        String older = "<toolchain><type>jdk</type><provides><version>" + RUNNING + ".0.1</version></provides>"
                + "<configuration><jdkHome>" + System.getProperty("java.home")
                + "</jdkHome></configuration></toolchain>";
        String found = "<toolchain><type>jdk</type><provides><version>" + (RUNNING + 1) + ".0.2</version></provides>"
                + "<configuration><jdkHome>" + home.resolve("jdk-newer") + "</jdkHome></configuration></toolchain>";
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/discovered-jdk-toolchains-cache.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <toolchains xmlns="http://maven.apache.org/TOOLCHAINS/1.1.0">%s%s</toolchains>
                """.formatted(older, found));

        Run run = launch(programs, String.valueOf(RUNNING + 1), "Hello", "a", "b c");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("hello a+b c newer" + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void startsAStaticMainWithTheLessonsArguments() throws Exception {
        compile("Hello", """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello " + String.join("+", args));
                    }
                }
                """);

        Run run = launch(programs, String.valueOf(RUNNING), "Hello", "--threads", "3", "two words");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("hello --threads+3+two words" + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void startsAnInstanceMainWithoutParametersAsJdk25Does() throws Exception {
        compile("Compact", """
                class Compact {
                    void main() {
                        System.out.println("instance main");
                    }
                }
                """);

        Run run = launch(programs, String.valueOf(RUNNING), "Compact");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("instance main" + System.lineSeparator());
    }

    @Test
    void letsTheProgramsExceptionAndExitCodeThrough() throws Exception {
        compile("Fails", """
                public class Fails {
                    public static void main(String[] args) {
                        if (args.length > 0) {
                            System.exit(Integer.parseInt(args[0]));
                        }
                        throw new IllegalStateException("boom");
                    }
                }
                """);

        Run thrown = launch(programs, String.valueOf(RUNNING), "Fails");
        Run exited = launch(programs, String.valueOf(RUNNING), "Fails", "2");

        assertThat(thrown.exitCode()).isEqualTo(1);
        assertThat(thrown.err()).startsWith("Exception in thread \"main\" java.lang.IllegalStateException: boom")
                .doesNotContain("InvocationTargetException");
        assertThat(exited.exitCode()).isEqualTo(2);
    }

    private void compile(String name, String source) throws IOException {
        Path file = Files.writeString(programs.resolve(name + ".java"), source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", programs.toString(), file.toString())).isZero();
        Files.delete(file); // only the class stays, as in a lesson's target/classes
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs Launch.java as exec:exec does, in the folder {@code directory}, with the running JDK's java. */
    private Run launch(Path directory, String release, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Duser.home=" + home,
                "-classpath", programs.toString(), LAUNCH.toString(), release, ROOT.toString(), mainClass));
        command.addAll(List.of(args));
        Path out = programs.resolve("out.txt");
        Path err = programs.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("Launch.java ended").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
