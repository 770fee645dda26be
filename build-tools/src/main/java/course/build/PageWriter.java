package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the sources that maven-site-plugin renders: site.xml (the course's name and cohort, the skin, and
 * one menu item a page, which the skin shows as the sidebar) and the AsciiDoc of every page: the table of
 * contents, and for each lesson and lab a page that gives it its title and its "Return to TOC" / "Previous"
 * / "Next topic" links, all taken from the outline, and then includes the module's own text.
 */
final class PageWriter {

    /** The course's name and cohort and the skin's version, from pom.xml: a fork renames the course there. */
    record Course(String title, String cohort, String version) {
    }

    private PageWriter() {
    }

    static void write(Path root, Outline outline, Course course, Path sourcesDir, Path outputsDir)
            throws BuildException {
        Path pagesDir = sourcesDir.resolve("asciidoc");
        try {
            Files.createDirectories(pagesDir);
            Files.writeString(sourcesDir.resolve("site.xml"), siteXml(outline, course));
            Files.writeString(pagesDir.resolve("index.adoc"), index(root, outline, sourcesDir));
            List<Outline.Entry> order = outline.readingOrder();
            for (int i = 0; i < order.size(); i++) {
                Outline.Entry entry = order.get(i);
                Outline.Entry previous = i > 0 ? order.get(i - 1) : null;
                Outline.Entry next = i + 1 < order.size() ? order.get(i + 1) : null;
                Path page = pagesDir.resolve(entry.page().replaceFirst("\\.html$", ".adoc"));
                Files.createDirectories(page.getParent());
                Files.writeString(page, page(root, outline, entry, previous, next, outputsDir)
                        .replace(":course-module:", charts(entry, outputsDir, sourcesDir) + ":course-module:"));
            }
        } catch (IOException e) {
            throw new BuildException("cannot write the site's sources under " + sourcesDir + ": " + e.getMessage());
        }
    }

    static String siteXml(Outline outline, Course course) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- Written by the build from site/outline.txt and pom.xml: edit those, not this file. -->\n")
                .append("<site xmlns=\"http://maven.apache.org/SITE/2.0.0\" name=\"").append(html(course.title())).append("\">\n")
                .append("  <skin>\n    <groupId>course</groupId>\n    <artifactId>course-skin</artifactId>\n")
                .append("    <version>").append(html(course.version())).append("</version>\n  </skin>\n")
                .append("  <custom>\n    <cohort>").append(html(course.cohort())).append("</cohort>\n  </custom>\n")
                .append("  <body>\n    <menu name=\"Course\">\n")
                .append("      <item name=\"Table of contents\" href=\"index.html\"/>\n");
        for (Outline.Entry entry : outline.readingOrder()) {
            xml.append("      <item name=\"").append(html(outline.label(entry) + ": " + entry.title()))
                    .append("\" href=\"").append(html(entry.page())).append("\"/>\n");
        }
        return xml.append("    </menu>\n  </body>\n</site>\n").toString();
    }

    private static String index(Path root, Outline outline, Path sourcesDir) {
        StringBuilder adoc = new StringBuilder();
        adoc.append("= {course-title}\n")
                .append(":course-page: index.html\n")
                .append(":handout-file: ").append(sourcesDir.resolveSibling(Handout.NAME).resolve(Handout.PDF)).append("\n")
                .append(":description: ").append(outline.lessons().size()).append(" lessons and ")
                .append(outline.labs().size()).append(" labs on threads in Java\n\n")
                .append("[.cohort]\n{course-cohort}\n\n")
                .append("include::").append(root.resolve("site/home.adoc")).append("[]\n\n")
                .append("[.handout]\nThe whole course, in this order, is also one file to read offline or print: handout:")
                .append(Handout.PDF).append("[the handout]\n\n");
        adoc.append("[#contents]\n== Table of contents\n\n");
        adoc.append("++++\n<ol class=\"course-toc\">\n");
        for (Outline.Entry entry : outline.readingOrder()) {
            adoc.append("<li class=\"").append(entry.kind()).append("\"><a href=\"")
                    .append(html(entry.page())).append("\"><span class=\"label\">")
                    .append(html(outline.label(entry))).append("</span> ").append(html(entry.title()))
                    .append("</a><p>").append(html(entry.summary())).append("</p></li>\n");
        }
        adoc.append("</ol>\n++++\n\n");
        return adoc.toString();
    }

    private static String page(Path root, Outline outline, Outline.Entry entry, Outline.Entry previous,
            Outline.Entry next, Path outputsDir) throws BuildException {
        return "= " + outline.label(entry) + ": " + entry.title() + "\n"
                + ":course-page: " + entry.page() + "\n"
                + ":description: " + entry.summary() + "\n"
                + ":output-dir: " + outputsDir.resolve(entry.folder()) + "\n"
                + ":course-module: " + entry.folder() + "\n\n"
                + "[.summary]\n" + entry.summary().replace("\n", " ") + "\n\n"
                + nav(outline, previous, next, "top")
                + "include::" + root.resolve(entry.folder()).resolve(entry.textFile()) + "[]\n\n"
                + (entry.isLab() ? points(root, entry) : "")
                + nav(outline, previous, next, "bottom");
    }

    /** A lab's points, from its grading.txt (what labs/grade and the grading workflow give). */
    private static String points(Path root, Outline.Entry lab) throws BuildException {
        List<Grading.Group> groups = Grading.check(root, lab.folder());
        int total = groups.stream().mapToInt(Grading.Group::points).sum();
        StringBuilder adoc = new StringBuilder("[.lab-points]\n== Points\n\n")
                .append("When you push to your copy of the course, the workflow _Grade the labs_ gives this lab's ")
                .append(total).append(" points by groups of its tests: a group's points when every test of the group")
                .append(" passes against your code. The same on your machine: `bash labs/grade ").append(lab.folder())
                .append("`.\n\n[cols=\"1,6\",options=\"header\"]\n|===\n|Points |What the tests check\n\n");
        for (Grading.Group group : groups) {
            adoc.append("|").append(group.points()).append(" |").append(group.what()).append("\n");
        }
        return adoc.append("|===\n\n").toString();
    }

    /**
     * The charts drawn for a page (every SVG among its outputs) go into the site's images/FOLDER, which is the
     * page's imagesdir; each sets the attribute chart-NAME, so that the text can say so when one is missing.
     */
    private static String charts(Outline.Entry entry, Path outputsDir, Path sourcesDir) throws IOException {
        Path outputs = outputsDir.resolve(entry.folder());
        String depth = "../".repeat((int) entry.page().chars().filter(c -> c == '/').count());
        // The site's page finds its images beside it; the handout (Handout), rendered elsewhere, by their path.
        Path images = sourcesDir.resolve("resources/images").resolve(entry.folder()).toAbsolutePath();
        StringBuilder attributes = new StringBuilder("ifdef::handout[]\n:imagesdir: " + images + "\nendif::[]\n"
                + "ifndef::handout[]\n:imagesdir: " + depth + "images/" + entry.folder() + "\nendif::[]\n");
        if (!Files.isDirectory(outputs)) {
            return attributes.toString();
        }
        List<Path> charts;
        try (java.util.stream.Stream<Path> files = Files.list(outputs)) {
            charts = files.filter(f -> f.getFileName().toString().endsWith(".svg")).sorted().toList();
        }
        for (Path chart : charts) {
            String name = chart.getFileName().toString().replaceFirst("\\.svg$", "");
            Path copy = sourcesDir.resolve("resources/images").resolve(entry.folder()).resolve(name + ".svg");
            Files.createDirectories(copy.getParent());
            Files.copy(chart, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path caption = outputs.resolve(name + ".caption");
            String words = Files.isRegularFile(caption) ? Files.readString(caption).strip() : name;
            attributes.append(":chart-").append(name).append(": ").append(words).append("\n");
        }
        return attributes.toString();
    }

    private static String nav(Outline outline, Outline.Entry previous, Outline.Entry next, String where) {
        // The handout (Handout) includes the same pages: it has its own table of contents and no such links.
        StringBuilder html = new StringBuilder("ifndef::handout[]\n++++\n<nav class=\"course-nav\" aria-label=\"Previous and next page, "
                + where + "\">\n<a class=\"toc\" href=\"../index.html\">Return to TOC</a>\n");
        if (previous != null) {
            html.append("<a class=\"previous\" rel=\"prev\" href=\"../").append(html(previous.page()))
                    .append("\">Previous: ").append(html(outline.label(previous) + ": " + previous.title())).append("</a>\n");
        }
        if (next != null) {
            html.append("<a class=\"next\" rel=\"next\" href=\"../").append(html(next.page()))
                    .append("\">Next topic: ").append(html(outline.label(next) + ": " + next.title())).append("</a>\n");
        } else {
            html.append("<a class=\"next\" href=\"../index.html#contents\">Next topic: Table of contents</a>\n");
        }
        return html.append("</nav>\n++++\nendif::[]\n\n").toString();
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
