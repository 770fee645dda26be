package course.gil;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/main/python/lost_update.py, whose threads add 1 to one shared count in two ways, and says how many
 * additions each way lost in this run. Without python3 it says so and leaves the CPython lines out, as
 * SpeedupTable does.
 */
public final class PythonLostUpdate {

    static final String USAGE = "usage: PythonLostUpdate [--python COMMAND] [--increments N] (COMMAND: default"
            + " python3; N: 1 to 9999999, default 500000)";
    static final String SCRIPT = "src/main/python/lost_update.py";
    static final int THREADS = 4;
    static final int INCREMENTS = 500_000;
    private static final long TIMEOUT_SECONDS = 120;

    /** One way of adding: its name in the script, the count the threads ended at, and what it should be. */
    record Way(String name, long counted, long expected) {
        long lost() {
            return expected - counted;
        }
    }

    private PythonLostUpdate() {
    }

    public static void main(String[] args) throws InterruptedException {
        int exitCode = run(args, System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        String python = "python3";
        int increments = INCREMENTS;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            if (args[i].equals("--python") && !value.isBlank()) {
                python = value;
            } else if (args[i].equals("--increments") && value.matches("[1-9][0-9]{0,6}")) {
                increments = Integer.parseInt(value);
            } else {
                err.println("cannot use \"" + String.join(" ", args) + "\"; " + USAGE);
                return 2;
            }
        }
        if (!Files.isRegularFile(Path.of(SCRIPT))) {
            err.println(SCRIPT + " is not in the current folder: run PythonLostUpdate in lessons/gil-limitation"
                    + " (./mvnw does)");
            return 1;
        }
        List<String> command = List.of(python, SCRIPT, "--threads", String.valueOf(THREADS), "--increments",
                String.valueOf(increments));
        String printed;
        int exitValue;
        try {
            Path file = Files.createTempFile("lost-update-py-", ".txt");
            try {
                Process process;
                try {
                    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(file.toFile()).start();
                } catch (IOException e) {
                    out.println("No CPython lines: " + python + " was not found on the PATH.");
                    return 0;
                }
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    err.println("CPython did not finish within " + TIMEOUT_SECONDS + " s");
                    return 1;
                }
                exitValue = process.exitValue();
                printed = Files.readString(file, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            err.println("cannot read what the CPython script printed: " + e.getMessage());
            return 1;
        }
        List<String> lines = printed.lines().toList();
        String[] first = lines.isEmpty() ? new String[0] : lines.get(0).split(" ");
        List<Way> ways = exitValue == 0 && first.length == 3 && first[0].equals("python") ? read(lines) : null;
        if (ways == null) {
            err.println("the CPython script failed (exit code " + exitValue + "): " + String.join(" / ", lines));
            return 1;
        }
        out.print(report(first[1], first[2].equals("gil"), increments, ways));
        return 0;
    }

    /** The lines "WAY FINAL EXPECTED" after the first, or null if one is not of that form. */
    static List<Way> read(List<String> lines) {
        try {
            return lines.subList(1, lines.size()).stream().map(line -> line.split(" ")).map(words -> {
                if (words.length != 3) {
                    throw new NumberFormatException(String.join(" ", words));
                }
                return new Way(words[0], Long.parseLong(words[1]), Long.parseLong(words[2]));
            }).toList();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String report(String version, boolean gil, int increments, List<Way> ways) {
        StringBuilder text = new StringBuilder(String.format(Locale.US,
                "CPython %s (%s): %d threads, each adding 1 to one shared count %,d times.%n", version,
                gil ? "with its global interpreter lock" : "free-threaded, no global interpreter lock", THREADS,
                increments));
        for (Way way : ways) {
            String title = switch (way.name()) {
                case "plain-add" -> "count += 1";
                case "call-between" -> "seen = count; note(); count = seen + 1";
                default -> way.name();
            };
            text.append(String.format(Locale.US, "%-40s ended at %,d of %,d: %s.%n", title, way.counted(),
                    way.expected(), way.lost() == 0 ? "no addition lost in this run"
                            : String.format(Locale.US, "%,d additions lost", way.lost())));
        }
        return text.toString();
    }
}
