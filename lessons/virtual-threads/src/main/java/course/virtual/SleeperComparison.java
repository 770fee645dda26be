package course.virtual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs ManySleepers in a fresh JVM for each kind and count, so that each measures its own memory, and prints
 * what each measured. With --csv FILE it also writes the times and thread counts as data:
 * kind,sleepers,seconds,peak_threads.
 */
public final class SleeperComparison {

    static final int[] COUNTS = {1_000, 10_000, 100_000};
    static final String USAGE = "usage: SleeperComparison [--csv FILE]";

    private SleeperComparison() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path csv = null;
        if (args.length == 2 && args[0].equals("--csv")) {
            csv = Path.of(args[1]);
        } else if (args.length > 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println(cores + " cores; each line is a separate JVM");
        StringBuilder data = new StringBuilder("# cores=" + cores + "\n# jdk=" + System.getProperty("java.version")
                + "\nkind,sleepers,seconds,peak_threads\n");
        for (int count : COUNTS) {
            for (String kind : List.of("platform", "virtual")) {
                List<String> lines = runInNewJvm(kind, count, 1).lines().toList();
                for (String line : lines) {
                    if (line.startsWith(ManySleepers.DATA)) {
                        data.append(line.substring(ManySleepers.DATA.length())).append('\n');
                    } else {
                        System.out.println(line);
                    }
                }
            }
        }
        if (csv != null) {
            Files.writeString(csv, data, StandardCharsets.UTF_8);
        }
    }

    static String runInNewJvm(String kind, int count, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("--enable-preview", "-Xlog:os+thread=off", // the JVM's default collector
                "-cp", System.getProperty("java.class.path"),
                ManySleepers.class.getName(), kind, String.valueOf(count), String.valueOf(seconds)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return kind + " " + count + ": gave up after 120 s";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.exitValue() == 0 ? output : kind + " " + count + ": the JVM failed (" + process.exitValue() + "): " + output;
    }
}
