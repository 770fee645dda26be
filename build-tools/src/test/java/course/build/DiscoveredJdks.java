package course.build;

import java.util.List;
import org.apache.maven.plugins.toolchain.jdk.ToolchainDiscoverer;
import org.apache.maven.toolchain.model.ToolchainModel;

/**
 * Prints the JDKs that the parent pom's search finds on this machine, one a line: the version that the JDK's own
 * {@code java} reported, a tab, the JDK's home. The same call as the parent pom's enforcer rule, and the same
 * discoverer as its toolchain step (select-jdk-toolchain). ToolchainDiscoveryTest runs it in a JVM of its own, with
 * the home folder ({@code user.home}), the platform ({@code os.name}) and the {@code JAVA*_HOME} variables of a case.
 */
final class DiscoveredJdks {

    private DiscoveredJdks() {
    }

    public static void main(String[] args) {
        ToolchainDiscoverer discoverer = new ToolchainDiscoverer();
        List<ToolchainModel> jdks = discoverer.discoverToolchains().getToolchains();
        if (jdks.isEmpty()) {
            // The JVM that runs this is always a candidate: nothing at all means the discoverer gave up on an error,
            // which it only logs (a candidate whose java cannot be run stops the whole search, plugin issue #113).
            System.err.println("The discovery found no JDK at all, not even the one running it: it failed.");
            System.exit(1);
        }
        for (ToolchainModel jdk : jdks) {
            System.out.println(jdk.getProvides().getProperty("version") + "\t" + discoverer.getJdkHome(jdk));
        }
    }
}
