package course.build;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the site's charts with JFreeChart and writes them as SVG with JFreeSVG. Every chart is drawn for a
 * phone first: about as wide as the site's text column on a 390 px screen, so that its text stays the size
 * of the page's small print; a wider screen shows it at that size. It sits on a white card with dark ink, so
 * that it reads the same in the site's light and dark themes (an SVG shown by an img element cannot see the
 * page's colours). Its title and description for screen readers go into the SVG's title and desc.
 */
final class Charts {

    static final int WIDTH = 400;
    static final Font TEXT = new Font("SansSerif", Font.PLAIN, 14);
    static final Font SMALL = new Font("SansSerif", Font.PLAIN, 13);
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color GRID = new Color(0xd0, 0xd7, 0xde);
    /** Okabe and Ito's colours, told apart with every common kind of colour blindness. */
    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color VERMILION = new Color(0xD5, 0x5E, 0x00);
    static final Color SKY = new Color(0x56, 0xB4, 0xE9);
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
    static final Color GREY = new Color(0x6e, 0x77, 0x81);

    private Charts() {
    }

    static {
        System.setProperty("java.awt.headless", "true");
        // Rotated labels as text, not as the outlines of their letters: smaller, and selectable.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** A shape per series, so that lines are told apart without colour too. */
    static java.awt.Shape shape(int index) {
        return switch (index % 4) {
            case 0 -> new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8);
            case 1 -> new java.awt.geom.Rectangle2D.Double(-3.5, -3.5, 7, 7);
            case 2 -> new java.awt.Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3);
            default -> new java.awt.Polygon(new int[] {0, 5, 0, -5}, new int[] {-5, 0, 5, 0}, 4);
        };
    }

    /** One row per thread, a bar where it runs, sleeps or waits, a time axis in seconds. */
    static String timeline(Timeline.Data data, String title, String description) {
        List<Timeline.Row> rows = data.rows();
        Timeline.State[] order = {Timeline.State.RUNS, Timeline.State.SLEEPS, Timeline.State.WAITS};
        String[] labels = {data.globalLock() ? "computes (holds the lock)" : "runs", "sleeps",
            data.globalLock() ? "waits for the lock" : "waits"};
        Paint[] paints = {VERMILION, SKY, GREY};
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        XYBarRenderer renderer = new XYBarRenderer();
        int series = 0;
        for (int s = 0; s < order.length; s++) {
            XYIntervalSeries bars = new XYIntervalSeries(labels[s]);
            for (int r = 0; r < rows.size(); r++) {
                for (double[] bar : bars(rows.get(r).intervals(), order[s])) {
                    bars.add(r, r - 0.32, r + 0.32, bar[0], bar[0], bar[1]);
                }
            }
            if (!bars.isEmpty()) {
                dataset.addSeries(bars);
                renderer.setSeriesPaint(series++, paints[s]);
            }
        }
        String[] names = rows.stream().map(Timeline.Row::thread).toArray(String[]::new);
        SymbolAxis threads = new SymbolAxis(null, names);
        threads.setInverted(true);
        threads.setGridBandsVisible(false);
        threads.setRange(-0.6, rows.size() - 0.4);
        NumberAxis time = new NumberAxis("seconds since the first thread started");
        time.setRange(0, Math.max(0.001, data.end()) * 1.02);
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(dataset, threads, time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        int height = 74 + 26 * rows.size() + 40;
        return svg(chart(plot), height, title, description);
    }

    /**
     * A data file of measurements: "# key=value" lines, then a CSV header and its rows. Its cells are kept as
     * text; a chart reads the columns it needs.
     */
    record Measurements(Map<String, String> about, List<String> header, List<List<String>> rows) {

        static Measurements read(Path file) throws IOException, BuildException {
            Map<String, String> about = new LinkedHashMap<>();
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.startsWith("#")) {
                    String[] pair = text.substring(1).split("=", 2);
                    if (pair.length == 2) {
                        about.put(pair[0].strip(), pair[1].strip().split("\\s+")[0]);
                    }
                } else if (!text.isEmpty() && header == null) {
                    header = List.of(text.split(","));
                } else if (!text.isEmpty()) {
                    List<String> cells = List.of(text.split(","));
                    if (cells.size() != header.size()) {
                        throw new BuildException(file + ": \"" + text + "\" has " + cells.size() + " cells, the header "
                                + header.size());
                    }
                    rows.add(cells);
                }
            }
            if (header == null || rows.isEmpty()) {
                throw new BuildException(file + " has no rows of data");
            }
            return new Measurements(about, header, rows);
        }

        String about(String key, Path file) throws BuildException {
            String value = about.get(key);
            if (value == null) {
                throw new BuildException(file + " has no line \"# " + key + "=...\"");
            }
            return value;
        }

        double number(List<String> row, String column, Path file) throws BuildException {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new BuildException(file + " has no column \"" + column + "\" (its header: " + header + ")");
            }
            try {
                return Double.parseDouble(row.get(index));
            } catch (NumberFormatException e) {
                throw new BuildException(file + ": \"" + row.get(index) + "\" in column " + column + " is not a number");
            }
        }

        String text(List<String> row, String column, Path file) throws BuildException {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new BuildException(file + " has no column \"" + column + "\" (its header: " + header + ")");
            }
            return row.get(index);
        }
    }

    /** A chart and the words that go with it: its caption on the page and its description. */
    record Drawn(String svg, String caption) {
    }

    private static final Map<String, String> SERIES = Map.of(
            "java-threads", "Java threads",
            "java-global-lock", "Java, one global lock",
            "python-threads", "CPython threads",
            "python-processes", "CPython processes");

    /**
     * Speedup against threads, one line per series of the file, and the ideal: as many times as fast as
     * threads, up to the number of processors the JVM could use (Runtime.availableProcessors, written as "cores" in
     * the data: hardware threads, lowered by a container's limit), then flat.
     */
    static Drawn speedup(Path file) throws IOException, BuildException {
        Measurements data = Measurements.read(file);
        int cores = (int) Double.parseDouble(data.about("cores", file));
        String jdk = data.about("jdk", file);
        String python = data.about().getOrDefault("python", "none");
        Map<String, XYSeries> lines = new LinkedHashMap<>();
        StringBuilder words = new StringBuilder();
        int most = 1;
        for (List<String> row : data.rows()) {
            String series = data.text(row, "series", file);
            int threads = (int) data.number(row, "threads", file);
            double speedup = data.number(row, "speedup", file);
            most = Math.max(most, threads);
            lines.computeIfAbsent(series, s -> new XYSeries(SERIES.getOrDefault(s, s))).add(threads, speedup);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = lines(lines, dataset, true);
        for (XYSeries series : lines.values()) {
            words.append(series.getKey()).append(": ");
            for (int i = 0; i < series.getItemCount(); i++) {
                words.append(String.format(Locale.US, "%s%d threads %.2fx", i == 0 ? "" : ", ",
                        series.getX(i).intValue(), series.getY(i).doubleValue()));
            }
            words.append(". ");
        }
        int index = lines.size();
        XYSeries ideal = new XYSeries("ideal on " + processors(cores));
        for (int t = 1; t <= most; t++) {
            ideal.add(t, Math.min(t, cores));
        }
        dataset.addSeries(ideal);
        renderer.setSeriesPaint(index, GREY);
        renderer.setSeriesShapesVisible(index, false);
        renderer.setSeriesStroke(index, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 4f}, 0f));
        NumberAxis threads = new NumberAxis("threads");
        threads.setTickUnit(new NumberTickUnit(1));
        threads.setRange(0.8, most + 0.2);
        NumberAxis speed = new NumberAxis("speedup (times as fast as 1 thread)");
        speed.setTickUnit(new NumberTickUnit(Math.max(cores, most) > 8 ? 2 : 0.5));
        speed.setRange(0, Math.max(cores, dataset.getRangeUpperBound(false)) * 1.1);
        XYPlot plot = new XYPlot(dataset, threads, speed, renderer);
        String caption = String.format(Locale.US, "%s, JDK %s, %s", processors(cores), jdk,
                python.equals("none") ? "no CPython on the machine" : "CPython " + python);
        String description = "Speedup against the number of threads, measured on " + caption + ". " + words
                + "The ideal is as many times as fast as there are threads, up to " + cores + ", then flat.";
        return new Drawn(svg(chart(plot), 330 + 18 * ((lines.size() + 2) / 2), "Speedup against threads, " + caption,
                description), caption);
    }

    /** "2 processors": what Runtime.availableProcessors() counts (hardware threads the JVM may use), not cores. */
    private static String processors(int count) {
        return count + (count == 1 ? " processor" : " processors") + " available to the JVM";
    }

    /**
     * Wall time and the peak of live platform threads (ThreadMXBean.getPeakThreadCount: virtual threads are not
     * counted, their carriers are) against the number of sleepers, platform against virtual threads.
     */
    static Drawn scale(Path file) throws IOException, BuildException {
        Measurements data = Measurements.read(file);
        int cores = (int) Double.parseDouble(data.about("cores", file));
        String jdk = data.about("jdk", file);
        Map<String, XYSeries> seconds = new LinkedHashMap<>();
        Map<String, XYSeries> peaks = new LinkedHashMap<>();
        List<Long> counts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (List<String> row : data.rows()) {
            String kind = data.text(row, "kind", file);
            String label = kind + " threads";
            double sleepers = data.number(row, "sleepers", file);
            if (!counts.contains((long) sleepers)) {
                counts.add((long) sleepers);
            }
            double time = data.number(row, "seconds", file);
            double peak = data.number(row, "peak_threads", file);
            int x = counts.indexOf((long) sleepers); // evenly spaced: each count is ten times the one before
            seconds.computeIfAbsent(kind, k -> new XYSeries(label)).add(x, time);
            peaks.computeIfAbsent(kind, k -> new XYSeries(label)).add(x, peak);
            words.append(String.format(Locale.US, "%s, %,d sleepers: %.3f s, at most %,d live platform threads. ",
                    label,
                    (long) sleepers, time, (long) peak));
        }
        SymbolAxis sleepers = new SymbolAxis("sleepers",
                counts.stream().map(c -> String.format(Locale.US, "%,d", c)).toArray(String[]::new));
        sleepers.setGridBandsVisible(false);
        sleepers.setRange(-0.3, counts.size() - 0.7);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(sleepers);
        plot.setGap(20);
        plot.add(panel(seconds, new NumberAxis("seconds"), true), 1);
        LogarithmicAxis threads = new LogarithmicAxis("peak platform threads") {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                    java.awt.geom.Rectangle2D area, RectangleEdge edge) {
                // Only the labelled ticks (the powers of ten): a line for each of 2, 3, ... 9 only adds clutter.
                List ticks = new ArrayList<>(super.refreshTicks(g2, state, area, edge));
                ticks.removeIf(tick -> ((org.jfree.chart.axis.ValueTick) tick).getText().isEmpty());
                return ticks;
            }
        };
        threads.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(Locale.US));
        threads.setAllowNegativesFlag(false);
        threads.setAutoRangeNextLogFlag(true);
        plot.add(panel(peaks, threads, false), 1);
        String caption = String.format(Locale.US, "%s, JDK %s", processors(cores), jdk);
        String description = "Two panels against the number of sleepers, on a logarithmic scale, measured on "
                + caption + ": above, the seconds the run took; below, the most platform threads alive at once"
                + " (as ThreadMXBean counts them: virtual threads are not counted, the carriers they run on are). "
                + words;
        return new Drawn(svg(chart(plot), 470, "Platform against virtual threads, " + caption, description), caption);
    }

    /** Adds the lines to the dataset, and returns a renderer that draws each in its colour and with its shape. */
    private static XYLineAndShapeRenderer lines(Map<String, XYSeries> lines, XYSeriesCollection dataset,
            boolean inLegend) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] colours = {BLUE, VERMILION, GREEN, PURPLE, ORANGE, SKY};
        int index = 0;
        for (XYSeries series : lines.values()) {
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, colours[index % colours.length]);
            renderer.setSeriesStroke(index, new BasicStroke(2f));
            renderer.setSeriesShape(index, shape(index));
            renderer.setSeriesVisibleInLegend(index, inLegend);
            index++;
        }
        return renderer;
    }

    private static XYPlot panel(Map<String, XYSeries> lines, ValueAxis axis, boolean inLegend) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = lines(lines, dataset, inLegend);
        if (axis instanceof NumberAxis number) {
            number.setAutoRangeIncludesZero(true);
        }
        XYPlot plot = new XYPlot(dataset, null, axis, renderer);
        return plot;
    }

    /**
     * The bars of one state in a row. Waits that only runs separate are drawn as one bar, under the bars of
     * running (the plot draws its last series first): the same picture with half the shapes, for a thread that
     * takes turns with another hundreds of times.
     */
    static List<double[]> bars(List<Timeline.Interval> intervals, Timeline.State state) {
        List<double[]> bars = new ArrayList<>();
        double[] open = null;
        for (Timeline.Interval interval : intervals) {
            if (interval.state() == state) {
                if (open != null && state == Timeline.State.WAITS) {
                    open[1] = interval.to();
                } else {
                    open = new double[] {interval.from(), interval.to()};
                    bars.add(open);
                }
            } else if (interval.state() != Timeline.State.RUNS || state != Timeline.State.WAITS) {
                open = null;
            }
        }
        return bars;
    }

    static JFreeChart chart(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 2, 2, 10));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            style(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i));
        }
        if (plot instanceof CombinedDomainXYPlot combined) {
            for (XYPlot panel : combined.getSubplots()) {
                panel.setBackgroundPaint(Color.WHITE);
                panel.setOutlineVisible(false);
                panel.setRangeGridlinePaint(GRID);
                panel.setDomainGridlinePaint(GRID);
                style(panel.getRangeAxis());
            }
        }
        JFreeChart chart = new JFreeChart(null, TEXT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 4));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TEXT);
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.TOP);
        return chart;
    }

    private static void style(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(TEXT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(SMALL);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(GREY);
        axis.setTickMarkPaint(GREY);
    }

    /** The chart as an SVG document of WIDTH by height px, with its title and description. */
    static String svg(JFreeChart chart, int height, String title, String description) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        g2.setDefsKeyPrefix("c"); // short ids: they repeat on every shape
        g2.setGeomDoubleConverter(d -> trim(String.format(Locale.US, "%.1f", d)));
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        String element = g2.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, WIDTH, height), null, null)
                // Bars shorter than a tenth of a pixel come out 0 wide: invisible, and rejected by the PDF
                // handout's SVG reader (prawn-svg: "Invalid attributes on tag rect").
                .replaceAll("<rect [^>]*(width|height)='0'[^>]*/>", "");
        int open = element.indexOf('>') + 1;
        String head = element.substring(0, open - 1) + " role=\"img\" aria-labelledby=\"title desc\">";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + head
                + "<title id=\"title\">" + PageWriter.html(title) + "</title>"
                + "<desc id=\"desc\">" + PageWriter.html(description) + "</desc>"
                + element.substring(open) + "\n";
    }

    /** The classes that read and draw the charts, as bytes: part of the key of every drawn chart. */
    static byte[] code() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (Class<?> type : List.of(Charts.class, Timeline.class)) {
            try (java.io.InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                if (in != null) {
                    bytes.write(in.readAllBytes());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bytes.toByteArray();
    }

    private static String trim(String number) {
        String n = number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
        return n.equals("-0") ? "0" : n;
    }
}
