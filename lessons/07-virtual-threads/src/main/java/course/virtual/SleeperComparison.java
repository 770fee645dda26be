package course.virtual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs ManySleepers in a fresh JVM for each kind and count, so that each measures its own memory. */
public final class SleeperComparison {

    static final int[] COUNTS = {10_000, 100_000};

    private SleeperComparison() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0) {
            System.err.println("SleeperComparison takes no arguments");
            System.exit(2);
        }
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores; each line is a separate JVM");
        for (int count : COUNTS) {
            for (String kind : List.of("virtual", "platform")) {
                System.out.println(runInNewJvm(kind, count, 1));
            }
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
