package course.gil.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmark with the given JMH options and writes its results to FILE, headed by the machine, the JDK
 * and the date they were measured on: the lesson includes that file, so that its figures always say where
 * they come from. java course.gil.bench.RecordResults FILE [JMH OPTIONS]
 */
public final class RecordResults {

    private RecordResults() {
    }

    /** On Linux, says whether this JVM ran with real-time priority (chrt), ahead of every other program. */
    static String scheduling() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            int policy = Integer.parseInt(fields[38]); // field 41 of proc(5), counted from the state, field 3
            return policy == 1 || policy == 2
                    ? String.format("%nIt ran with real-time priority (chrt), ahead of the other programs of the machine.")
                    : "";
        } catch (IOException | RuntimeException e) {
            return ""; // not Linux
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: RecordResults FILE [JMH OPTIONS], for example RecordResults results.txt -f 1 -i 3");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        Collection<RunResult> results;
        try {
            results = new Runner(new CommandLineOptions(options)).run();
        } catch (CommandLineOptionException e) {
            System.err.println("JMH cannot use these options: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RunnerException e) {
            System.err.println("the benchmark failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(table, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.TEXT, out).writeOut(results);
        }
        String header = String.format(Locale.US, "Measured on %s: %d processors (hardware threads the JVM may use), %s %s (%s), JDK %s (%s).%n"
                + "JMH options: %s. Load average when it ended: %.1f.%s%n%n",
                LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), options.length == 0 ? "the defaults" : String.join(" ", options),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), scheduling());
        Files.writeString(file, header + table.toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        System.out.println("Wrote " + file.toAbsolutePath());
    }
}
