package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Draws the timeline of a JDK Flight Recorder recording that you made yourself: one row per thread that the
 * course's code started, where it ran, slept and waited. See the testing lesson and the README's -Ptimeline.
 *
 * <p>Arguments: the repository's folder, the recording (.jfr, relative to that folder or absolute), and a title.
 * The SVG and its data (.csv) are written beside the recording.
 */
public final class DrawTimeline {

    private DrawTimeline() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args[1].isBlank()) {
            System.err.println("usage: ./mvnw -q -pl build-tools compile exec:exec@timeline"
                    + " -Drecording=lessons/NAME/target/timeline.jfr (made by -Ptimeline, see the README)");
            System.exit(2);
        }
        Path recording = Path.of(args[0]).resolve(args[1]).normalize();
        Path svg = recording.resolveSibling(recording.getFileName().toString().replaceFirst("\\.jfr$", "") + ".svg");
        String title = args.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(args, 2, args.length))
                : "Threads of " + args[1];
        try {
            Timeline.Data data = Timeline.read(recording);
            if (data.rows().isEmpty()) {
                System.err.println(recording + " shows no thread that the course's code started: nothing to draw");
                System.exit(1);
            }
            Path csv = svg.resolveSibling(svg.getFileName().toString().replaceFirst("\\.svg$", "") + ".csv");
            Files.writeString(csv, Timeline.csv(data));
            Files.writeString(svg, Charts.timeline(data, title, Timeline.describe(data)));
            System.out.println("Timeline of " + data.rows().size() + " threads: " + svg.toAbsolutePath());
        } catch (NoSuchFileException e) {
            System.err.println("There is no recording " + recording + ": run the program with JDK Flight Recorder first");
            System.exit(2);
        } catch (IOException e) {
            System.err.println(recording + " cannot be read as a JDK Flight Recorder recording: " + e.getMessage());
            System.exit(2);
        }
    }
}
