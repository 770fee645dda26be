package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build finds a JDK 25 by itself where students install one: the parent pom's toolchain step
 * (maven-toolchains-plugin's select-jdk-toolchain) and its enforcer rule both ask the plugin's ToolchainDiscoverer.
 * Here it runs (DiscoveredJdks) in a JVM of its own, with a scratch home folder ({@code -Duser.home}), the platform
 * chosen by {@code -Dos.name} and no {@code JAVA*_HOME} variable but the case's, and must report each JDK planted in
 * a usual place of Linux, macOS and Windows, with the version that the JDK's own {@code java} prints.
 *
 * <p>What the discoverer (3.2.0) takes as candidates: the JVM that runs it; every {@code JAVA*_HOME} variable; every
 * folder directly inside {@code ~/.jdks}, {@code ~/.m2/jdks}, {@code ~/.sdkman/candidates/java},
 * {@code ~/.gradle/jdks}, {@code ~/.jenv/versions}, {@code ~/.jbang/cache/jdks}, {@code ~/.asdf/installs},
 * {@code ~/.jabba/jdk}; and by {@code os.name}: on macOS every folder and its {@code Contents/Home} inside
 * {@code /Library/Java/JavaVirtualMachines} and {@code ~/Library/Java/JavaVirtualMachines}; on Windows every folder
 * inside {@code C:\Program Files\Java\} and inside each {@code ~/scoop/apps/<app>}; elsewhere every folder inside
 * {@code /usr/jdk}, {@code /usr/java}, {@code /opt/java}, {@code /usr/lib/jvm}. It keeps those with a
 * {@code bin/javac}, by their canonical path, runs each one's {@code bin/java -XshowSettings:properties -version}
 * and reads {@code java.version} from it (and caches that in {@code ~/.m2/discovered-jdk-toolchains-cache.xml}).
 *
 * <p>A planted JDK is a folder of its own whose {@code bin/java} and {@code bin/javac} are scripts that run those of
 * the JDK that runs these tests (the JDK 25 that the build selected), so its java prints that JDK's real
 * properties. The folders of the system ({@code /usr/lib/jvm}, {@code /Library/Java/JavaVirtualMachines}) cannot be
 * planted in here: what this machine has there is found too, and the tests look only at the planted folders. On
 * Linux the discoverer's {@code C:\Program Files\Java\} is a relative file name, so a folder of that literal name
 * in the working directory stands in for it: that proves the folder is scanned on Windows, not how Windows resolves
 * the path. The real system folders and the real {@code C:\Program Files\Java} are checked on CI runners of each
 * platform by {@code .ci/toolchain-discovery}.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "plants JDKs by symbolic links and shell scripts; "
        + ".ci/toolchain-discovery checks macOS and Windows on their CI runners")
class ToolchainDiscoveryTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));
    private static final String THIS_VERSION = System.getProperty("java.version");

    @TempDir
    Path scratch;

    private Path home;
    private Path work;

    @BeforeEach
    void makeTheScratchFolders() throws IOException {
        assertThat(Runtime.version().feature())
                .as("the tests run on the JDK that the build selected, a JDK 25 or newer").isGreaterThanOrEqualTo(25);
        home = Files.createDirectories(scratch.resolve("home"));
        work = Files.createDirectories(scratch.resolve("work"));
    }

    @Test
    void findsAJdkInEachFolderOfTheHomeThatItScans() throws Exception {
        Path sdkman = plant(home.resolve(".sdkman/candidates/java/25.0.1-tem"));
        Files.createSymbolicLink(home.resolve(".sdkman/candidates/java/current"), Path.of("25.0.1-tem"));
        Path intellij = plant(home.resolve(".jdks/temurin-25.0.1"));
        // jenv's versions are links to JDKs installed elsewhere: the JDK is reported by its own folder.
        Path linkedByJenv = plant(scratch.resolve("elsewhere/jdk-25.0.1"));
        Files.createDirectories(home.resolve(".jenv/versions"));
        Files.createSymbolicLink(home.resolve(".jenv/versions/25"), linkedByJenv);
        List<Path> directlyInside = new ArrayList<>();
        for (String place : List.of(".m2/jdks", ".gradle/jdks", ".jbang/cache/jdks", ".jabba/jdk")) {
            directlyInside.add(plant(home.resolve(place).resolve("jdk-25")));
        }
        // asdf keeps a JDK one level deeper (installs/<plugin>/<version>) than the discoverer looks: not found there.
        Path asdf = plant(home.resolve(".asdf/installs/java/temurin-25.0.1+8"));

        Discovery found = discover(null, Map.of());

        found.has(sdkman, THIS_VERSION);
        found.has(intellij, THIS_VERSION);
        found.has(linkedByJenv, THIS_VERSION);
        for (Path jdk : directlyInside) {
            found.has(jdk, THIS_VERSION);
        }
        found.hasNot(asdf, "asdf's layout: if a newer plugin finds it, say so where the course lists the places");
    }

    @Test
    void findsTheJdkThatAJavaHomeVariableNames() throws Exception {
        Path javaHome = plant(scratch.resolve("tools/jdk-25"));
        Path java25Home = plant(scratch.resolve("opt/temurin-25"));

        Discovery found = discover(null,
                Map.of("JAVA_HOME", javaHome.toString(), "JAVA25_HOME", java25Home.toString()));

        found.has(javaHome, THIS_VERSION);
        found.has(java25Home, THIS_VERSION);
    }

    @Test
    void findsAJdkBundleInTheHomesLibraryOnMacOs() throws Exception {
        Path bundle = plant(home.resolve("Library/Java/JavaVirtualMachines/temurin-25.jdk/Contents/Home"));

        discover("Mac OS X", Map.of()).has(bundle, THIS_VERSION);
    }

    @Test
    void findsAJdkOfScoopAndOfTheInstallerOnWindows() throws Exception {
        // Scoop installs each version in a folder of the app and points the app's "current" to the one in use.
        Path scoop = plant(home.resolve("scoop/apps/temurin25-jdk/25.0.1-8.0"));
        Files.createSymbolicLink(home.resolve("scoop/apps/temurin25-jdk/current"), Path.of("25.0.1-8.0"));
        Path installer = plant(work.resolve("C:\\Program Files\\Java\\").resolve("jdk-25.0.1"));

        Discovery found = discover("Windows 11", Map.of());

        found.has(scoop, THIS_VERSION);
        found.has(installer, THIS_VERSION);
    }

    @Test
    void reportsTheVersionThatTheJdksJavaPrints() throws Exception {
        Path older = plantWithJava(home.resolve(".jdks/an-older-jdk"), "17.0.15");

        discover(null, Map.of()).has(older, "17.0.15");
    }

    @Test
    void theMavenCoreOfTheTestsIsTheWrappersMaven() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String wrapper = Files.readString(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"));

        assertThat(only(Pattern.compile("<maven-core\\.version>([^<]+)</maven-core\\.version>"), pom))
                .as("the parent pom's maven-core.version, the Maven of the discovery's tests")
                .isEqualTo(only(Pattern.compile("apache-maven-([^/]+)-bin\\.zip"), wrapper));
    }

    /** A JDK home at {@code jdk} whose java and javac run those of the JDK running this test. */
    private static Path plant(Path jdk) throws IOException {
        Path bin = Files.createDirectories(jdk.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            // A script, not a link: JUnit would warn about each link to a file outside the scratch folder.
            executable(bin.resolve(tool), "#!/bin/sh\nexec '" + THIS_JDK.resolve("bin").resolve(tool) + "' \"$@\"\n");
        }
        return jdk;
    }

    /** A JDK home at {@code jdk} whose java prints what a JDK of {@code version} prints (a script, no JVM). */
    private static Path plantWithJava(Path jdk, String version) throws IOException {
        Path bin = Files.createDirectories(jdk.resolve("bin"));
        executable(bin.resolve("javac"), "#!/bin/sh\n");
        executable(bin.resolve("java"), String.join("\n",
                "#!/bin/sh",
                "cat >&2 <<'END'",
                "Property settings:",
                "    java.home = " + jdk,
                "    java.runtime.name = OpenJDK Runtime Environment",
                "    java.runtime.version = " + version + "+6",
                "    java.specification.version = " + version.split("\\.")[0],
                "    java.vendor = Eclipse Adoptium",
                "    java.vendor.version = Temurin-" + version + "+6",
                "    java.version = " + version,
                "    java.version.date = 2025-04-15",
                "",
                "openjdk version \"" + version + "\" 2025-04-15",
                "END",
                ""));
        return jdk;
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the discovery in a JVM of its own: on {@code osName} (null: this machine's), with only these variables. */
    private Discovery discover(String osName, Map<String, String> javaHomes) throws Exception {
        List<String> command = new ArrayList<>(List.of(THIS_JDK.resolve("bin/java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + home));
        if (osName != null) {
            command.add("-Dos.name=" + osName);
        }
        command.add(DiscoveredJdks.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(scratch.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("JAVA") && name.endsWith("_HOME"));
        builder.environment().putAll(javaHomes);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("The discovery took longer than a minute");
        }
        String out = Files.readString(scratch.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(scratch.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the discovery's exit code; it printed:%n%s%s", out, err).isZero();
        Map<Path, String> versions = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            String[] versionAndHome = line.split("\t", 2);
            versions.put(Path.of(versionAndHome[1]), versionAndHome[0]);
        }
        return new Discovery(versions, out);
    }

    /** The JDKs that a discovery found: each one's canonical home and version. */
    private record Discovery(Map<Path, String> versions, String printed) {

        void has(Path planted, String version) throws IOException {
            assertThat(versions).as("the JDK planted in %s; the discovery found:%n%s", planted, printed)
                    .containsEntry(planted.toRealPath(), version);
        }

        void hasNot(Path planted, String why) throws IOException {
            assertThat(versions).as("the JDK planted in %s (%s); the discovery found:%n%s", planted, why, printed)
                    .doesNotContainKey(planted.toRealPath());
        }
    }

    private static String only(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in:%n%s", pattern, text).isTrue();
        String value = matcher.group(1);
        assertThat(matcher.find()).as("%s only once", pattern).isFalse();
        return value;
    }
}
