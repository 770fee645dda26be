package course.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The charts from sample data in the formats the lessons' runs write (test resources, not measurements). */
class ChartsTest {

    private static final Path SAMPLES = Path.of("src/test/resources/charts");

    @Test
    void theSpeedupChartHasALinePerSeriesAndTheIdealAndReadsTheMachineFromTheFile() throws Exception {
        Charts.Drawn drawn = Charts.speedup(SAMPLES.resolve("speedup-data.txt"));
        Document svg = parse(drawn.svg());
        assertThat(drawn.caption()).isEqualTo("2 processors available to the JVM, JDK 25.0.3, CPython 3.11.7");
        assertThat(text(svg, "title")).isEqualTo("Speedup against threads, 2 processors available to the JVM, JDK 25.0.3, CPython 3.11.7");
        assertThat(text(svg, "desc")).contains("Java threads: 1 threads 1.00x, 2 threads 1.95x",
                "CPython processes:", "up to 2, then flat");
        assertThat(drawn.svg()).contains(">Java threads<", ">Java, one global lock<", ">CPython threads<",
                ">CPython processes<", ">ideal on 2 processors available to the JVM<");
        assertThat(drawn.svg().length()).isLessThan(40_000);
    }

    @Test
    void withoutPythonTheSpeedupChartSaysSo() throws Exception {
        Charts.Drawn drawn = Charts.speedup(SAMPLES.resolve("speedup-no-python.txt"));
        assertThat(drawn.caption()).isEqualTo("4 processors available to the JVM, JDK 25.0.3, no CPython on the machine");
        assertThat(drawn.svg()).doesNotContain(">CPython threads<").contains(">ideal on 4 processors available to the JVM<");
    }

    @Test
    void theScaleChartHasTwoPanelsOfPlatformAndVirtualThreads() throws Exception {
        Charts.Drawn drawn = Charts.scale(SAMPLES.resolve("scale-data.txt"));
        Document svg = parse(drawn.svg());
        assertThat(drawn.caption()).isEqualTo("2 processors available to the JVM, JDK 25.0.3");
        assertThat(text(svg, "desc")).contains("platform threads, 100,000 sleepers: 21.500 s, at most 100,012 live platform threads",
                "virtual threads, 1,000 sleepers: 1.020 s, at most 14 live platform threads");
        assertThat(drawn.svg()).contains(">seconds<", ">peak platform threads<", ">sleepers<");
    }

    @Test
    void aFileWithoutTheMachineOrWithABadNumberFailsWithOneSentence(@TempDir Path dir) throws Exception {
        Path noCores = dir.resolve("a.txt");
        Files.writeString(noCores, "# jdk=25\nseries,threads,seconds,speedup\njava-threads,1,1.0,1.00\n");
        assertThatThrownBy(() -> Charts.speedup(noCores)).isInstanceOf(BuildException.class)
                .hasMessageContaining("has no line \"# cores=...\"");
        Path bad = dir.resolve("b.txt");
        Files.writeString(bad, "# cores=2\n# jdk=25\nseries,threads,seconds,speedup\njava-threads,1,1.0,fast\n");
        assertThatThrownBy(() -> Charts.speedup(bad)).isInstanceOf(BuildException.class)
                .hasMessageContaining("\"fast\" in column speedup is not a number");
    }

    @Test
    void aTimelineIsAnSvgWithItsTitleAndDescriptionAndARowPerThread() throws Exception {
        Timeline.Data data = new Timeline.Data(List.of(
                new Timeline.Row("worker-0", List.of(new Timeline.Interval(Timeline.State.RUNS, 0, 0.1),
                        new Timeline.Interval(Timeline.State.SLEEPS, 0.1, 1.1))),
                new Timeline.Row("worker-1", List.of(new Timeline.Interval(Timeline.State.WAITS, 0.01, 0.5),
                        new Timeline.Interval(Timeline.State.RUNS, 0.5, 0.6)))), false);
        String description = Timeline.describe(data);
        assertThat(description).startsWith("A timeline of 2 threads over 1.10 seconds")
                .contains("worker-0: started at 0.000 s, ended at 1.100 s; ran 100.0 ms, slept 1.000 s.")
                .contains("worker-1: started at 0.010 s, ended at 0.600 s; ran 100.0 ms, waited 0.490 s.");
        Document svg = parse(Charts.timeline(data, "Two workers & a <test>", description));
        assertThat(text(svg, "title")).isEqualTo("Two workers & a <test>");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo(String.valueOf(Charts.WIDTH));
        String text = Charts.timeline(data, "t", "d");
        assertThat(text).contains(">worker-0<", ">worker-1<", ">runs<", ">sleeps<", ">waits<");
    }

    @Test
    void theCsvOfATimelineReadsBack(@TempDir Path dir) throws Exception {
        Timeline.Data data = new Timeline.Data(List.of(new Timeline.Row("primes-0",
                List.of(new Timeline.Interval(Timeline.State.RUNS, 0, 0.25)))), true);
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, Timeline.csv(data));
        assertThat(Files.readString(csv)).contains("primes-0,runs,0.000000,0.250000");
        assertThat(Timeline.readCsv(csv)).isEqualTo(data);
    }

    @Test
    void waitsThatOnlyRunsSeparateAreDrawnAsOneBarUnderThem() {
        List<Timeline.Interval> turns = List.of(new Timeline.Interval(Timeline.State.RUNS, 0, 1),
                new Timeline.Interval(Timeline.State.WAITS, 1, 2), new Timeline.Interval(Timeline.State.RUNS, 2, 3),
                new Timeline.Interval(Timeline.State.WAITS, 3, 4), new Timeline.Interval(Timeline.State.SLEEPS, 4, 5),
                new Timeline.Interval(Timeline.State.WAITS, 5, 6));
        assertThat(Charts.bars(turns, Timeline.State.WAITS)).satisfiesExactly(
                a -> assertThat(a).containsExactly(1, 4),
                b -> assertThat(b).containsExactly(5, 6));
        assertThat(Charts.bars(turns, Timeline.State.RUNS)).hasSize(2);
    }

    @Test
    void intervalsAreSubtractedAndMerged() {
        List<double[]> rest = Timeline.subtract(List.of(new double[] {0, 10}),
                List.of(new double[] {2, 3}, new double[] {2.5, 4}, new double[] {9, 12}));
        assertThat(rest).satisfiesExactly(
                a -> assertThat(a).containsExactly(0, 2),
                b -> assertThat(b).containsExactly(4, 9));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document svg, String element) {
        return svg.getElementsByTagName(element).item(0).getTextContent();
    }
}
