package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The handout: one PDF of the whole course in outline order, rendered by the asciidoctor-maven-plugin (with
 * asciidoctorj-pdf) from the same page sources as the site. Rendering it takes minutes, so it is rendered
 * only when something it is made of changed, the way {@link OutputCapture} keeps outputs:
 *
 * <ul>
 *   <li>this step writes the handout's master file, handout.adoc, and its key (a SHA-256 of everything the
 *       PDF is made of) into handout-sources, but only when the key differs from the one of the PDF kept in
 *       handout (an empty handout-sources renders nothing);
 *   <li>the asciidoctor-maven-plugin renders handout-sources into handout/handout.pdf;
 *   <li>after the pages, {@link SiteFinish} copies the PDF into the site and the new key next to the kept PDF,
 *       so a render that failed is never taken for a finished one.
 * </ul>
 */
final class Handout {

    static final String NAME = "handout";
    static final String PDF = NAME + ".pdf";

    /** Stands between the course's title and its cohort on the cover; chosen so that no title contains it. */
    private static final String SEPARATOR = "|";

    private Handout() {
    }

    /** {@link #writeSources}, and says so when the PDF must be rendered again. */
    static void prepare(Path root, Outline outline, PageWriter.Course course, Path target) throws BuildException {
        if (writeSources(root, outline, course, target)) {
            System.out.println("Course site: the PDF handout is rendered again (its sources changed); this takes a few minutes");
        }
    }

    /**
     * Writes handout-sources/handout.adoc and handout-sources/handout.key under the site module's build
     * directory when the kept PDF is missing or out of date, and returns true; otherwise leaves
     * handout-sources empty and returns false. It prints nothing, so that its tests print nothing either.
     */
    static boolean writeSources(Path root, Outline outline, PageWriter.Course course, Path target) throws BuildException {
        Path sources = target.resolve(NAME + "-sources");
        Path kept = target.resolve(NAME);
        Path pages = target.resolve("site-sources/asciidoc");
        String master = master(root, outline, course, pages);
        String key = key(root, outline, master, target.resolve("outputs"), pages);
        try {
            SiteSources.delete(sources);
            Files.createDirectories(sources);
            Path keptKey = kept.resolve(NAME + ".key");
            boolean current = Files.isRegularFile(kept.resolve(PDF)) && Files.isRegularFile(keptKey)
                    && Files.readString(keptKey).equals(key);
            if (current) {
                return false;
            }
            Files.deleteIfExists(keptKey);
            Files.deleteIfExists(kept.resolve(PDF));
            Files.writeString(sources.resolve(NAME + ".adoc"), master);
            Files.writeString(sources.resolve(NAME + ".key"), key);
            return true;
        } catch (IOException e) {
            throw new BuildException("cannot write the handout's sources under " + sources + ": " + e.getMessage());
        }
    }

    /**
     * The handout's master file: a book with a cover (title and cohort from pom.xml) and a table of contents,
     * the home page's introduction, then every page of the site in outline order, each as a chapter.
     */
    static String master(Path root, Outline outline, PageWriter.Course course, Path pages) {
        StringBuilder adoc = new StringBuilder()
                .append("// Written by the build from site/outline.txt, pom.xml and the site's pages: edit those, not this file.\n")
                .append("= ").append(attributeValue(course.title())).append(' ').append(SEPARATOR).append(' ')
                .append(attributeValue(course.cohort())).append('\n')
                .append(":doctype: book\n")
                .append(":title-separator: ").append(SEPARATOR).append('\n')
                .append(":course-title: ").append(attributeValue(course.title())).append('\n')
                .append(":course-cohort: ").append(attributeValue(course.cohort())).append('\n')
                .append(":course-root: ").append(root).append('\n')
                .append(":course-page: index.html\n")
                .append(":course-links: internal\n")
                .append(":handout:\n")
                .append(":lang: en\n")
                .append(":title-page:\n")
                .append(":toc:\n")
                .append(":toclevels: 1\n")
                .append(":toc-title: Contents\n")
                .append(":source-highlighter: rouge\n")
                .append(":idprefix:\n")
                .append(":idseparator: -\n")
                .append(":pdf-themesdir: ").append(root.resolve("site")).append('\n')
                .append(":pdf-theme: handout\n")
                .append(":media: screen\n")
                .append(":compress:\n")
                .append(":experimental:\n")
                .append(":outlinelevels: 2\n\n");
        adoc.append("[preface]\n== About this course\n\n")
                .append("include::").append(root.resolve("site/home.adoc")).append("[leveloffset=+1]\n\n");
        for (Outline.Entry entry : outline.readingOrder()) {
            adoc.append("[#").append(anchor(entry)).append("]\n")
                    .append("include::").append(pages.resolve(entry.page().replaceFirst("\\.html$", ".adoc"))).append("[leveloffset=+1]\n\n");
        }
        return adoc.toString();
    }

    /** The chapter's id in the handout, the target of lesson:name[] there: lessons-sleepers. */
    static String anchor(Outline.Entry entry) {
        return entry.folder().replace('/', '-').replace('.', '-');
    }

    /** A file that a build wrote (under a target folder), not a source: a path relative to its tree, '/' between names. */
    private static boolean built(String relative) {
        return ("/" + relative + "/").contains("/target/");
    }

    private static String attributeValue(String text) {
        return text.replace("{", "\\{").strip();
    }

    /**
     * A digest of everything the PDF is made of: its master file, the site's pages, every file of every
     * lesson and lab of the outline (their texts, sources and anything they include), the captured outputs,
     * the outline, the home page, the theme and the poms (versions, title and cohort).
     */
    static String key(Path root, Outline outline, String master, Path outputs, Path pages) throws BuildException {
        List<Path> files = new ArrayList<>();
        List<Path> trees = new ArrayList<>();
        trees.add(outputs);
        for (Outline.Entry entry : outline.entries()) {
            trees.add(root.resolve(entry.folder()));
            files.add(pages.resolve(entry.page().replaceFirst("\\.html$", ".adoc")));
        }
        try {
            for (Path tree : trees) {
                // The keys of the outputs and charts are no part of the handout: what they stand for is.
                for (String file : Digest.files(tree, relative -> !built(relative) && !relative.endsWith(".key"))) {
                    files.add(tree.resolve(file));
                }
            }
            for (String file : List.of(Outline.FILE, "site/home.adoc", "site/" + NAME + "-theme.yml", "pom.xml", "site/pom.xml")) {
                files.add(root.resolve(file));
            }
            Digest digest = new Digest().text(master);
            for (Path file : files) {
                digest.text("\n" + file + "\n").file(file);
            }
            return digest.hex();
        } catch (IOException e) {
            throw new BuildException("cannot read the handout's sources: " + e.getMessage());
        }
    }
}
