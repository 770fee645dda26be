package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The site's charts: the timelines say what the lessons claim (read from their data, not their pixels), and
 * every chart a page shows is a well-formed SVG with a title, a description and an alternative text.
 */
class ChartsTest {

    private static final Path OUTPUTS = Path.of("target/outputs").toAbsolutePath();

    /** One interval of a timeline's data: seconds since the first thread started. */
    record Interval(String state, double from, double to) {
    }

    @Test
    void theTenSleepersSleepAtTheSameTime() throws IOException {
        Map<String, List<Interval>> threads = timeline("lessons/sleepers/sleepers-timeline.csv");
        assertThat(threads).hasSize(10);
        List<Interval> sleeps = new ArrayList<>();
        for (var entry : threads.entrySet()) {
            List<Interval> own = entry.getValue().stream().filter(i -> i.state().equals("sleeps")).toList();
            assertThat(own).as("the sleeps of %s", entry.getKey()).hasSize(1);
            sleeps.add(own.get(0));
        }
        // Every two sleeps overlap by most of their length: each started before any other ended.
        for (Interval a : sleeps) {
            for (Interval b : sleeps) {
                double overlap = Math.min(a.to(), b.to()) - Math.max(a.from(), b.from());
                assertThat(overlap).as("overlap of %s and %s", a, b)
                        .isGreaterThan(0.5 * Math.min(a.to() - a.from(), b.to() - b.from()));
            }
        }
    }

    /**
     * Under the global lock no two threads compute at the same moment: the lock itself records when each
     * thread holds it, so this holds on any machine however loaded. (The only slack is the clock's: a few
     * microseconds.)
     */
    @Test
    void underTheGlobalLockNoTwoThreadsComputeAtOnce() throws IOException {
        Map<String, List<Interval>> threads = timeline("lessons/gil-limitation/locked-timeline.csv");
        assertThat(threads).hasSize(2);
        List<List<Interval>> computing = threads.values().stream()
                .map(list -> list.stream().filter(i -> i.state().equals("runs")).toList()).toList();
        assertThat(computing).allSatisfy(list -> assertThat(list).as("turns of one thread").hasSizeGreaterThan(1));
        assertThat(overlap(computing.get(0), computing.get(1))).as("seconds both computed").isLessThan(10e-6);
    }

    /**
     * Without it, the two threads run at the same time. "Runs" is what the recording can tell: the thread is
     * not blocked, so it runs or is ready to run as soon as the operating system gives it a core. Both
     * threads are started together and compute for a long time without ever blocking, so their running
     * intervals overlap however loaded the machine (whether they got two cores at once is the scheduler's
     * choice, which no test of a shared machine can rely on).
     */
    @Test
    void withoutTheLockTheThreadsRunAtTheSameTime() throws IOException {
        Map<String, List<Interval>> threads = timeline("lessons/gil-limitation/free-timeline.csv");
        assertThat(threads).hasSize(2);
        List<List<Interval>> running = threads.values().stream()
                .map(list -> list.stream().filter(i -> i.state().equals("runs")).toList()).toList();
        double both = overlap(running.get(0), running.get(1));
        System.out.printf(Locale.US, "Timeline without the lock: both threads run for %.3f s%n", both);
        assertThat(both).as("seconds both threads ran").isGreaterThan(0);
    }

    @Test
    void everyChartOnAPageIsAnSvgWithATitleADescriptionAndAnAlternativeText() throws Exception {
        int charts = 0;
        for (String page : SitePages.pages()) {
            Document document = SitePages.parse(page);
            for (Element image : document.select("img[src$=.svg]")) {
                charts++;
                assertThat(image.attr("alt")).as("alt of %s in %s", image.attr("src"), page).hasSizeGreaterThan(20);
                Path file = SitePages.SITE.resolve(page).getParent().resolve(image.attr("src")).normalize();
                assertThat(file).as("%s in %s", image.attr("src"), page).isRegularFile();
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var svg = factory.newDocumentBuilder().parse(file.toFile()); // throws unless well-formed XML
                assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
                assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).as(file.toString()).isNotBlank();
                assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).as(file.toString()).isNotBlank();
                System.out.printf(Locale.US, "Chart %s: %,d bytes%n", SitePages.SITE.relativize(file), Files.size(file));
            }
        }
        assertThat(charts).as("charts on the site's pages").isGreaterThanOrEqualTo(3);
    }

    private static Map<String, List<Interval>> timeline(String file) throws IOException {
        Map<String, List<Interval>> threads = new LinkedHashMap<>();
        for (String line : Files.readAllLines(OUTPUTS.resolve(file))) {
            if (line.startsWith("#") || line.startsWith("thread,") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            threads.computeIfAbsent(cells[0], k -> new ArrayList<>())
                    .add(new Interval(cells[1], Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
        }
        return threads;
    }

    /** Seconds during which an interval of a and an interval of b both lasted. */
    private static double overlap(List<Interval> a, List<Interval> b) {
        double sum = 0;
        for (Interval x : a) {
            for (Interval y : b) {
                sum += Math.max(0, Math.min(x.to(), y.to()) - Math.max(x.from(), y.from()));
            }
        }
        return sum;
    }
}
