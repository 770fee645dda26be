package course.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * What each thread of a program did, read from a JDK Flight Recorder recording of a run: one row per thread
 * that the program's own code started, each a list of intervals in which the thread ran, slept or waited.
 *
 * <ul>
 * <li>sleeps: jdk.ThreadSleep (Thread.sleep);</li>
 * <li>waits: jdk.ThreadPark (a lock of java.util.concurrent, a latch, a queue ...), jdk.JavaMonitorEnter
 * (a synchronized block another thread holds) and jdk.JavaMonitorWait (Object.wait);</li>
 * <li>runs: the rest of the thread's life, from jdk.ThreadStart to jdk.ThreadEnd.</li>
 * </ul>
 *
 * A thread that records course.LockHeld events (the global lock of the GIL lesson reports each time a thread
 * holds it) computes only while it holds the lock: it runs inside those events and waits for the lock in the
 * rest of its life, which for the timeline ends when it lets go of the lock for the last time.
 */
final class Timeline {

    /** The JVM option that records a run for a timeline: the events above, short ones included. */
    static String recordingOption(Path file) {
        return "-XX:StartFlightRecording:filename=" + file + "," + EVENT_SETTINGS;
    }

    /** Every event but these is off; 0 ms thresholds, so that short sleeps and waits are recorded too. */
    static final String EVENT_SETTINGS = "settings=none"
            + ",+jdk.ThreadStart#enabled=true,+jdk.ThreadStart#stackTrace=true,+jdk.ThreadEnd#enabled=true"
            + ",+jdk.ThreadSleep#enabled=true,+jdk.ThreadSleep#threshold=0ms"
            + ",+jdk.ThreadPark#enabled=true,+jdk.ThreadPark#threshold=0ms"
            + ",+jdk.JavaMonitorEnter#enabled=true,+jdk.JavaMonitorEnter#threshold=0ms"
            + ",+jdk.JavaMonitorWait#enabled=true,+jdk.JavaMonitorWait#threshold=0ms";

    /** Keeps JFR's "Started recording" line out of the program's output. */
    static final String QUIET = "-Xlog:jfr+startup=error";

    static final String HELD_EVENT = "course.LockHeld";

    enum State {
        RUNS("runs"), SLEEPS("sleeps"), WAITS("waits");

        final String word;

        State(String word) {
            this.word = word;
        }

        static State of(String word) {
            for (State state : values()) {
                if (state.word.equals(word)) {
                    return state;
                }
            }
            throw new IllegalArgumentException("no state \"" + word + "\"");
        }
    }

    /** From and to: seconds since the first thread of the timeline started. */
    record Interval(State state, double from, double to) {
    }

    record Row(String thread, List<Interval> intervals) {

        double seconds(State state) {
            return intervals.stream().filter(i -> i.state() == state).mapToDouble(i -> i.to() - i.from()).sum();
        }
    }

    /** Whether a lock held by a thread shaped the rows (then "waits" means waiting for that lock). */
    record Data(List<Row> rows, boolean globalLock) {

        double end() {
            return rows.stream().flatMap(r -> r.intervals().stream()).mapToDouble(Interval::to).max().orElse(0);
        }
    }

    private Timeline() {
    }

    /** The rows of every thread that code of package "course" started, in the order they were started. */
    static Data read(Path recording) throws IOException {
        Map<Long, Life> lives = new java.util.TreeMap<>(); // by thread id: the order the threads were made
        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        Instant last = Instant.EPOCH;
        for (RecordedEvent event : events) {
            if (event.getEndTime().isAfter(last)) {
                last = event.getEndTime();
            }
            if (event.getEventType().getName().equals("jdk.ThreadStart") && startedByCourseCode(event)) {
                RecordedThread thread = event.getThread("thread");
                lives.put(thread.getJavaThreadId(), new Life(thread.getJavaName(), event.getStartTime()));
            }
        }
        for (RecordedEvent event : events) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ThreadEnd")) {
                Life life = lives.get(event.getThread("thread").getJavaThreadId());
                if (life != null) {
                    life.end = event.getStartTime();
                }
                continue;
            }
            RecordedThread thread = event.getThread();
            Life life = thread == null ? null : lives.get(thread.getJavaThreadId());
            if (life == null) {
                continue;
            }
            switch (type) {
                case "jdk.ThreadSleep" -> life.sleeps.add(new Instant[] {event.getStartTime(), event.getEndTime()});
                case "jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait" ->
                    life.waits.add(new Instant[] {event.getStartTime(), event.getEndTime()});
                case HELD_EVENT -> life.holds.add(new Instant[] {event.getStartTime(), event.getEndTime()});
                default -> { }
            }
        }
        if (lives.isEmpty()) {
            return new Data(List.of(), false);
        }
        Instant origin = lives.values().stream().map(l -> l.start).min(Comparator.naturalOrder()).orElseThrow();
        boolean globalLock = lives.values().stream().anyMatch(l -> !l.holds.isEmpty());
        List<Row> rows = new ArrayList<>();
        for (Life life : lives.values()) {
            rows.add(life.row(origin, life.end == null ? last : life.end));
        }
        return new Data(List.copyOf(rows), globalLock);
    }

    private static boolean startedByCourseCode(RecordedEvent start) {
        if (start.getStackTrace() == null) {
            return false;
        }
        for (RecordedFrame frame : start.getStackTrace().getFrames()) {
            if (frame.getMethod() != null && frame.getMethod().getType().getName().startsWith("course.")) {
                return true;
            }
        }
        return false;
    }

    /** What the recording says about one thread. */
    private static final class Life {
        final String name;
        final Instant start;
        Instant end;
        final List<Instant[]> sleeps = new ArrayList<>();
        final List<Instant[]> waits = new ArrayList<>();
        final List<Instant[]> holds = new ArrayList<>();

        Life(String name, Instant start) {
            this.name = name;
            this.start = start;
        }

        Row row(Instant origin, Instant end) {
            double from = seconds(origin, start);
            double to = Math.max(from, seconds(origin, end));
            List<Interval> intervals = new ArrayList<>();
            List<double[]> sleeping = clip(sleeps, origin, from, to);
            intervals.addAll(as(State.SLEEPS, sleeping));
            if (holds.isEmpty()) {
                List<double[]> waiting = subtract(clip(waits, origin, from, to), sleeping);
                intervals.addAll(as(State.WAITS, waiting));
                intervals.addAll(as(State.RUNS, subtract(List.of(new double[] {from, to}), union(sleeping, waiting))));
            } else {
                // The row ends when the thread lets go of the lock for the last time: what it does after that
                // (returning, ending) is neither computing under the lock nor waiting for it.
                double lastRelease = holds.stream().mapToDouble(h -> seconds(origin, h[1])).max().orElse(to);
                to = Math.max(from, Math.min(to, lastRelease));
                sleeping = clip(sleeps, origin, from, to);
                intervals.clear();
                intervals.addAll(as(State.SLEEPS, sleeping));
                List<double[]> running = subtract(clip(holds, origin, from, to), sleeping);
                intervals.addAll(as(State.RUNS, running));
                intervals.addAll(as(State.WAITS,
                        subtract(List.of(new double[] {from, to}), union(sleeping, running))));
            }
            intervals.sort(Comparator.comparingDouble(Interval::from));
            return new Row(name, List.copyOf(intervals));
        }
    }

    private static double seconds(Instant origin, Instant time) {
        return (time.getEpochSecond() - origin.getEpochSecond()) + (time.getNano() - origin.getNano()) / 1e9;
    }

    private static List<Interval> as(State state, List<double[]> spans) {
        return spans.stream().map(s -> new Interval(state, s[0], s[1])).toList();
    }

    /** The spans within [from, to], sorted and merged. */
    private static List<double[]> clip(List<Instant[]> spans, Instant origin, double from, double to) {
        List<double[]> clipped = new ArrayList<>();
        for (Instant[] span : spans) {
            double a = Math.max(from, seconds(origin, span[0]));
            double b = Math.min(to, seconds(origin, span[1]));
            if (b > a) {
                clipped.add(new double[] {a, b});
            }
        }
        return union(clipped, List.of());
    }

    static List<double[]> union(List<double[]> a, List<double[]> b) {
        List<double[]> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] span : all) {
            double[] lastSpan = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (lastSpan != null && span[0] <= lastSpan[1]) {
                lastSpan[1] = Math.max(lastSpan[1], span[1]);
            } else {
                merged.add(new double[] {span[0], span[1]});
            }
        }
        return merged;
    }

    /** The parts of spans outside every span of minus. */
    static List<double[]> subtract(List<double[]> spans, List<double[]> minus) {
        List<double[]> cut = union(minus, List.of());
        List<double[]> rest = new ArrayList<>();
        for (double[] span : union(spans, List.of())) {
            double start = span[0];
            for (double[] hole : cut) {
                if (hole[1] <= start || hole[0] >= span[1]) {
                    continue;
                }
                if (hole[0] > start) {
                    rest.add(new double[] {start, hole[0]});
                }
                start = Math.max(start, hole[1]);
            }
            if (span[1] > start) {
                rest.add(new double[] {start, span[1]});
            }
        }
        return rest;
    }

    /** The timeline in words, for screen readers: what each thread did, in seconds. */
    static String describe(Data data) {
        StringBuilder text = new StringBuilder(String.format(Locale.US,
                "A timeline of %d threads over %.2f seconds, one row each. ", data.rows().size(), data.end()));
        for (Row row : data.rows()) {
            text.append(String.format(Locale.US, "%s: started at %.3f s, ended at %.3f s; %s %.1f ms",
                    row.thread(), row.intervals().get(0).from(), row.intervals().get(row.intervals().size() - 1).to(),
                    data.globalLock() ? "computed" : "ran", row.seconds(State.RUNS) * 1000));
            if (row.seconds(State.SLEEPS) > 0) {
                text.append(String.format(Locale.US, ", slept %.3f s", row.seconds(State.SLEEPS)));
            }
            if (row.seconds(State.WAITS) > 0) {
                text.append(String.format(Locale.US, ", waited%s %.3f s", data.globalLock() ? " for the lock" : "",
                        row.seconds(State.WAITS)));
            }
            text.append(". ");
        }
        return text.toString().strip();
    }

    /** thread,state,from,to: one line an interval, seconds since the first thread started. */
    static String csv(Data data) {
        StringBuilder csv = new StringBuilder("# globalLock=" + data.globalLock() + "\nthread,state,from,to\n");
        for (Row row : data.rows()) {
            for (Interval interval : row.intervals()) {
                csv.append(String.format(Locale.US, "%s,%s,%.6f,%.6f%n", row.thread(), interval.state().word,
                        interval.from(), interval.to()));
            }
        }
        return csv.toString();
    }

    /** Reads what {@link #csv} wrote. */
    static Data readCsv(Path file) throws IOException {
        Map<String, List<Interval>> rows = new LinkedHashMap<>();
        boolean globalLock = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# globalLock=")) {
                globalLock = Boolean.parseBoolean(line.substring("# globalLock=".length()));
            } else if (!line.isBlank() && !line.startsWith("#") && !line.equals("thread,state,from,to")) {
                String[] cells = line.split(",");
                rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new Interval(State.of(cells[1]),
                        Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
            }
        }
        List<Row> list = new ArrayList<>();
        rows.forEach((thread, intervals) -> list.add(new Row(thread, List.copyOf(intervals))));
        return new Data(List.copyOf(list), globalLock);
    }
}
