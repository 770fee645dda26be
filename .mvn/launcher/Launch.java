import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Starts a lesson's main class on the course's JDK, or says in one sentence what to type when it cannot.
 *
 * <p>The parent pom puts this file in front of a lesson's main class when Maven itself runs on a JDK older than
 * the course's (profile {@code maven-on-an-older-jdk}). {@code ./mvnw ... compile exec:exec} forks the JDK 25
 * that the compile step found, and this launcher only passes the call on; {@code exec:exec} typed alone forks
 * Maven's own, older java, which could not load the lesson's classes (UnsupportedClassVersionError). Then it
 * starts the program again on the JDK 25 that the compile step found before: maven-toolchains-plugin keeps what
 * its search found in ~/.m2/discovered-jdk-toolchains-cache.xml. Without one there, it says what to type.
 *
 * <p>It runs as a source file (JEP 330), compiled in memory at each start, so it must compile on any JDK from 11
 * on: no newer syntax here.
 *
 * <p>Arguments: the course's Java release, the course's root folder, the main class, the lesson's arguments.
 */
public class Launch {

    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    public static void main(String[] args) throws Throwable {
        int release = Integer.parseInt(args[0]);
        int running = Runtime.version().feature();
        if (running < release) {
            Path java = foundBefore(release);
            if (java != null) {
                System.exit(startAgain(java, Arrays.copyOfRange(args, 2, args.length)));
            }
            Path root = Path.of(args[1]).toAbsolutePath().normalize();
            Path module = Path.of("").toAbsolutePath().normalize();
            String wrapper = WINDOWS ? "mvnw.cmd" : "./mvnw";
            String name = root.relativize(module).toString().replace('\\', '/');
            System.err.println("This program needs Java " + release + " and exec:exec alone started Java "
                    + running + " (the java Maven runs on): type " + wrapper + " -q -pl " + name
                    + " compile exec:exec, whose compile step finds a JDK " + release + " first.");
            System.exit(1);
        }
        Class<?> program = Class.forName(args[2]);
        String[] programArgs = Arrays.copyOfRange(args, 3, args.length);
        try {
            // main(String[]) before main(), static or not, as the java launcher of JDK 25 looks (JEP 512).
            Method main = findMain(program, String[].class);
            Object[] mainArgs = {programArgs};
            if (main == null) {
                main = findMain(program);
                mainArgs = new Object[0];
            }
            if (main == null) {
                throw new NoSuchMethodException(program.getName() + " has no main method");
            }
            main.setAccessible(true);
            Object target = null;
            if (!Modifier.isStatic(main.getModifiers())) {
                Constructor<?> constructor = program.getDeclaredConstructor();
                constructor.setAccessible(true);
                target = constructor.newInstance();
            }
            main.invoke(target, mainArgs);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the program's own exception, as if it had been started directly
        }
    }

    /**
     * The java of a JDK of at least {@code release} that maven-toolchains-plugin's search found before (the one
     * closest to {@code release}), or null.
     */
    private static Path foundBefore(int release) {
        Path cache = Path.of(System.getProperty("user.home"), ".m2", "discovered-jdk-toolchains-cache.xml");
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        Path best = null;
        int bestFeature = Integer.MAX_VALUE;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList toolchains = factory.newDocumentBuilder().parse(cache.toFile()).getElementsByTagName("toolchain");
            for (int i = 0; i < toolchains.getLength(); i++) {
                Element toolchain = (Element) toolchains.item(i);
                String version = text(toolchain, "version");
                String home = text(toolchain, "jdkHome");
                if (!"jdk".equals(text(toolchain, "type")) || version == null || home == null
                        || !version.matches("\\d+.*")) {
                    continue;
                }
                int feature = Integer.parseInt(version.split("\\D")[0]);
                Path java = Path.of(home, "bin", WINDOWS ? "java.exe" : "java");
                if (feature >= release && feature < bestFeature && Files.isExecutable(java)) {
                    best = java;
                    bestFeature = feature;
                }
            }
        } catch (Exception e) {
            return null; // an unreadable cache: say what to type instead
        }
        return best;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    /** Runs the main class with its arguments on {@code java}, with this JVM's options and class path. */
    private static int startAgain(Path java, String[] mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.equals("--add-modules=ALL-DEFAULT")) { // added by the source-file launcher itself
                command.add(option);
            }
        }
        command.add("-classpath");
        command.add(System.getProperty("java.class.path"));
        command.addAll(Arrays.asList(mainAndArgs));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static Method findMain(Class<?> program, Class<?>... parameters) {
        for (Class<?> c = program; c != null; c = c.getSuperclass()) {
            try {
                Method main = c.getDeclaredMethod("main", parameters);
                if (!Modifier.isPrivate(main.getModifiers())) {
                    return main;
                }
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
