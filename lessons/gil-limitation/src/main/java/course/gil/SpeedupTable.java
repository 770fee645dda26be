package course.gil;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The same prime count four ways, on 1 to N threads: Java threads, Java threads under one global lock, and,
 * when python3 is installed, CPython threads and CPython processes (src/main/python/primes.py). Prints the
 * time and the speedup over one thread of the same kind; with --csv FILE it also writes them as data.
 */
public final class SpeedupTable {

    static final String USAGE = "usage: SpeedupTable [--limit N] [--max-threads T] [--repeat R] [--python COMMAND]"
            + " [--csv FILE] (N: 1000 to 100000000, default 1000000; T: 1 to 64, default the number of processors + 1;"
            + " R: CPython runs of each, 1 to 20, default 2; COMMAND: default python3, \"none\" for Java only)";

    /** Java runs take milliseconds: each configuration runs this many times, and the best counts. */
    static final int JAVA_REPEAT = 10;
    static final String SCRIPT = "src/main/python/primes.py";
    /** The site build gives a whole run 180 s. */
    private static final long PYTHON_TIMEOUT_SECONDS = 150;

    record Options(int limit, int maxThreads, int repeat, String python, Path csv) {
    }

    /** One row of the table: a series (java-threads, ...) on some threads took so many seconds. */
    record Row(String series, int threads, double seconds) {
    }

    /** What the CPython script measured, or why it could not. */
    record Python(String version, boolean gil, List<Row> rows, String problem) {
    }

    private SpeedupTable() {
    }

    public static void main(String[] args) throws InterruptedException {
        // availableProcessors: the hardware threads the JVM may use (fewer under a container or affinity limit)
        int exitCode = run(args, System.out, System.err, Runtime.getRuntime().availableProcessors());
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, int cores) throws InterruptedException {
        Options options;
        try {
            options = parse(cores, args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (options == null) {
            out.println(USAGE);
            return 0;
        }
        int limit = options.limit();
        long expected = PrimeCounter.countPrimes(0, limit); // also warms the JIT up before anything is timed
        GlobalInterpreterLock gil = new GlobalInterpreterLock(Duration.ofMillis(5));
        int n = options.maxThreads();
        long[] free = new long[n + 1];
        long[] locked = new long[n + 1];
        Arrays.fill(free, Long.MAX_VALUE);
        Arrays.fill(locked, Long.MAX_VALUE);
        // Round after round of every configuration: a moment when the machine is busy with something else slows
        // one round of all of them down, not every round of one.
        for (int round = 0; round < JAVA_REPEAT; round++) {
            for (int threads = 1; threads <= n; threads++) {
                PrimeJob.Result plain = PrimeJob.count(limit, threads, Split.BALANCED, null);
                PrimeJob.Result global = PrimeJob.count(limit, threads, Split.BALANCED, gil);
                if (plain.primes() != expected || global.primes() != expected) {
                    err.println("a Java run counted a different number of primes than " + expected);
                    return 1;
                }
                free[threads] = Math.min(free[threads], plain.elapsed().toNanos());
                locked[threads] = Math.min(locked[threads], global.elapsed().toNanos());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int threads = 1; threads <= n; threads++) {
            rows.add(new Row("java-threads", threads, free[threads] / 1e9));
            rows.add(new Row("java-global-lock", threads, locked[threads] / 1e9));
        }
        Python python;
        try {
            python = python(options, expected);
        } catch (IOException e) {
            err.println("cannot read what the CPython script printed: " + e.getMessage());
            return 1;
        }
        if (python.problem() != null && python.version() != null) {
            err.println(python.problem());
            return 1;
        }
        rows.addAll(python.rows());
        out.print(table(options, cores, expected, rows, python));
        out.print(amdahl(cores, bySeries(rows).get("java-threads")));
        if (options.csv() != null) {
            try {
                String data = csv(cores, System.getProperty("java.version"), python.version(), rows);
                Files.writeString(options.csv(), data, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cannot write " + options.csv() + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /** Runs primes.py for 1 to maxThreads threads and then processes, and reads the times it prints. */
    static Python python(Options options, long expected) throws IOException, InterruptedException {
        if (options.python().equals("none")) {
            return new Python(null, true, List.of(), "CPython was not asked for (--python none)");
        }
        if (!Files.isRegularFile(Path.of(SCRIPT))) {
            return new Python("?", true, List.of(), SCRIPT + " is not in the current folder: run SpeedupTable in"
                    + " lessons/gil-limitation (./mvnw does), or pass --python none");
        }
        StringBuilder workers = new StringBuilder("1");
        for (int threads = 2; threads <= options.maxThreads(); threads++) {
            workers.append(',').append(threads);
        }
        Path printed = Files.createTempFile("primes-py-", ".txt");
        try {
            // tag::python[]
            List<String> command = List.of(options.python(), SCRIPT, "--limit", String.valueOf(options.limit()),
                    "--workers", workers.toString(), "--repeat", String.valueOf(options.repeat()));
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
            } catch (IOException e) {
                return new Python(null, true, List.of(), options.python() + " was not found on the PATH");
            }
            // end::python[]
            if (!process.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Python("?", true, List.of(), "CPython did not finish within " + PYTHON_TIMEOUT_SECONDS + " s");
            }
            return read(Files.readString(printed, StandardCharsets.UTF_8), process.exitValue(), expected);
        } finally {
            Files.deleteIfExists(printed);
        }
    }

    /** Reads "python VERSION gil|no-gil", then lines "threads|processes WORKERS SECONDS PRIMES". */
    static Python read(String output, int exitValue, long expected) {
        List<String> lines = output.lines().toList();
        String[] first = lines.isEmpty() ? new String[0] : lines.get(0).split(" ");
        if (exitValue != 0 || first.length != 3 || !first[0].equals("python")) {
            return new Python("?", true, List.of(), "the CPython script failed (exit code " + exitValue + "): "
                    + String.join(" / ", lines));
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] words = line.split(" ");
            try {
                if (words.length != 4 || !words[0].matches("threads|processes")) {
                    throw new NumberFormatException(line);
                }
                if (Long.parseLong(words[3]) != expected) {
                    return new Python(first[1], true, List.of(), "CPython counted " + words[3] + " primes, Java "
                            + expected);
                }
                rows.add(new Row("python-" + words[0], Integer.parseInt(words[1]), Double.parseDouble(words[2])));
            } catch (NumberFormatException e) {
                return new Python(first[1], true, List.of(), "the CPython script printed \"" + line + "\"");
            }
        }
        return new Python(first[1], first[2].equals("gil"), rows, null);
    }

    /** The rows as data: comment lines with the machine, then series,threads,seconds,speedup. */
    static String csv(int cores, String jdk, String pythonVersion, List<Row> rows) {
        StringBuilder csv = new StringBuilder()
                .append("# cores=").append(cores).append('\n')
                .append("# jdk=").append(jdk).append('\n')
                .append("# python=").append(pythonVersion == null ? "none" : pythonVersion).append('\n')
                .append("series,threads,seconds,speedup\n");
        Map<String, List<Row>> bySeries = bySeries(rows);
        for (List<Row> series : bySeries.values()) {
            for (Row row : series) {
                csv.append(String.format(Locale.US, "%s,%d,%.3f,%.2f%n", row.series(), row.threads(), row.seconds(),
                        speedup(series, row)));
            }
        }
        return csv.toString();
    }

    /** The same rows for people: one line per number of threads, one column per series. */
    static String table(Options options, int cores, long primes, List<Row> rows, Python python) {
        Map<String, List<Row>> bySeries = bySeries(rows);
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("java-threads", "Java threads");
        titles.put("java-global-lock", "Java, global lock");
        titles.put("python-threads", "CPython threads");
        titles.put("python-processes", "CPython processes");
        titles.keySet().retainAll(bySeries.keySet());

        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.US, "Counting the primes below %,d (there are %,d); the JVM may use %d"
                + " processors (hardware threads).%n", options.limit(), primes, cores));
        text.append(String.format(Locale.US, "Java %s: the best of %d runs each.%n", System.getProperty("java.version"),
                JAVA_REPEAT));
        if (python.problem() == null) {
            text.append(String.format(Locale.US, "CPython %s (%s): the best of %d runs each.%n", python.version(),
                    python.gil() ? "with its global interpreter lock" : "free-threaded, no global interpreter lock",
                    options.repeat()));
        } else {
            text.append("No CPython columns: ").append(python.problem()).append(".\n");
        }
        text.append("Seconds, and speedup over one thread (or process) of the same column.\n\n");
        text.append(String.format(Locale.US, "%7s", "threads"));
        for (String title : titles.values()) {
            text.append(String.format(Locale.US, " | %-17s", title));
        }
        text.append('\n').append("-".repeat(8));
        for (int i = 0; i < titles.size(); i++) {
            text.append('+').append("-".repeat(19));
        }
        text.append('\n');
        for (int threads = 1; threads <= options.maxThreads(); threads++) {
            text.append(String.format(Locale.US, "%7d", threads));
            for (String series : titles.keySet()) {
                List<Row> column = bySeries.get(series);
                Row row = find(column, threads);
                text.append(row == null ? String.format(Locale.US, " | %-17s", "")
                        : String.format(Locale.US, " | %7.3f s %6.2fx", row.seconds(), speedup(column, row)));
            }
            text.append('\n');
        }
        return text.toString().replaceAll(" +\n", "\n");
    }

    // tag::amdahl[]
    /**
     * Amdahl's law: if a fraction s of a job cannot be spread over threads, N threads make it at most
     * 1 / (s + (1 - s) / N) times as fast. Solved for s, a measured speedup S on N threads gives the serial
     * fraction it implies, s = (1/S - 1/N) / (1 - 1/N) (Karp and Flatt): the serial part plus every overhead
     * (starting threads, an uneven split, the machine's other work). With that s, no number of threads passes 1 / s.
     */
    static String amdahl(int processors, List<Row> javaThreads) {
        int n = Math.min(processors, javaThreads == null ? 0 : javaThreads.size());
        Row row = n < 2 ? null : find(javaThreads, n);
        if (row == null) {
            return "Amdahl's law: no serial fraction to read, this run has no Java speedup on 2 or more processors.\n";
        }
        double speedup = speedup(javaThreads, row);
        double serial = (1 / speedup - 1.0 / n) / (1 - 1.0 / n);
        String head = String.format(Locale.US, "%nAmdahl's law: %d Java threads on %d processors ran %.2f times as"
                + " fast as one, against %d for work with no serial part.%n", n, n, speedup, n);
        if (serial <= 0) {
            return head + "That implies no serial fraction at all: the serial part is smaller than this run's noise.\n";
        }
        if (serial >= 1) {
            return head + "That is no speedup: the threads got no more processor time than one (a busy machine?).\n";
        }
        return head + String.format(Locale.US, "The serial fraction that implies is s = %.1f %%; with it, %d threads"
                + " would reach at most %.2f times, and no number of threads more than 1 / s = %.1f times.%n",
                100 * serial, 2 * n, 1 / (serial + (1 - serial) / (2 * n)), 1 / serial);
    }
    // end::amdahl[]

    private static Map<String, List<Row>> bySeries(List<Row> rows) {
        Map<String, List<Row>> bySeries = new LinkedHashMap<>();
        for (String series : List.of("java-threads", "java-global-lock", "python-threads", "python-processes")) {
            List<Row> column = rows.stream().filter(row -> row.series().equals(series)).toList();
            if (!column.isEmpty()) {
                bySeries.put(series, column);
            }
        }
        return bySeries;
    }

    /** The series' time on one thread divided by this row's time. */
    private static double speedup(List<Row> series, Row row) {
        Row one = find(series, 1);
        return one == null ? Double.NaN : one.seconds() / row.seconds();
    }

    private static Row find(List<Row> series, int threads) {
        return series.stream().filter(row -> row.threads() == threads).findFirst().orElse(null);
    }

    /** The options, or null when help was asked for. */
    static Options parse(int cores, String... args) throws UsageException {
        int limit = 1_000_000;
        int maxThreads = Math.min(64, cores + 1);
        int repeat = 2;
        String python = "python3";
        Path csv = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = number(args, ++i, "--limit", 1_000, 100_000_000);
                case "--max-threads" -> maxThreads = number(args, ++i, "--max-threads", 1, 64);
                case "--repeat" -> repeat = number(args, ++i, "--repeat", 1, 20);
                case "--python" -> python = value(args, ++i, "--python needs a command, such as python3 or none");
                case "--csv" -> csv = Path.of(value(args, ++i, "--csv needs a file name"));
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new UsageException("unknown option \"" + args[i] + "\"; " + USAGE);
            }
        }
        return new Options(limit, maxThreads, repeat, python, csv);
    }

    private static String value(String[] args, int index, String expected) throws UsageException {
        if (index >= args.length || args[index].isBlank()) {
            throw new UsageException(expected + "; " + USAGE);
        }
        return args[index];
    }

    private static int number(String[] args, int index, String option, int min, int max) throws UsageException {
        String expected = option + " needs a whole number from " + min + " to " + max;
        String text = value(args, index, expected);
        try {
            int value = Integer.parseInt(text.replace("_", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(expected + ", got \"" + text + "\"; " + USAGE);
    }
}
