import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Starts a lesson's main class, or says in one sentence what to type when the java that runs it is too old.
 *
 * <p>The parent pom puts this file in front of a lesson's main class when Maven itself runs on a JDK older than
 * the course's (profile {@code maven-on-an-older-jdk}). {@code ./mvnw ... compile exec:exec} forks the JDK 25
 * that the compile step found, and this launcher only passes the call on; {@code exec:exec} typed alone forks
 * Maven's own, older java, which could not load the lesson's classes (UnsupportedClassVersionError).
 *
 * <p>It runs as a source file (JEP 330), compiled in memory at each start, so it must compile on any JDK from 11
 * on: no newer syntax here.
 *
 * <p>Arguments: the course's Java release, the course's root folder, the main class, the lesson's arguments.
 */
public class Launch {

    public static void main(String[] args) throws Throwable {
        int release = Integer.parseInt(args[0]);
        int running = Runtime.version().feature();
        if (running < release) {
            Path root = Path.of(args[1]).toAbsolutePath().normalize();
            Path module = Path.of("").toAbsolutePath().normalize();
            String wrapper = System.getProperty("os.name").startsWith("Windows") ? "mvnw.cmd" : "./mvnw";
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
