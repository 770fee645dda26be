package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares the course site's sources before maven-site-plugin renders them: checks that the outline, the
 * folders, pom.xml and every cross-reference agree and that no text types a machine's figures, runs the
 * programs whose output the pages show, and writes site.xml and the pages, and the PDF handout's master file
 * when the handout must be rendered again.
 *
 * <p>Arguments: the repository root, the site module's build directory, the course's title, its cohort, and
 * the version of the skin.
 */
public final class SiteSources {

    private SiteSources() {
    }

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: SiteSources REPOSITORY_ROOT SITE_BUILD_DIRECTORY TITLE COHORT SKIN_VERSION");
            System.exit(2);
        }
        try {
            Path root = Path.of(args[0]).toAbsolutePath().normalize();
            Path target = Path.of(args[1]).toAbsolutePath().normalize();
            Outline outline = Outline.read(root);
            CourseCheck.check(root, outline);
            CrossReferences.check(root, outline);
            MachineFigures.check(root, outline);
            // A page or stylesheet left from an earlier build (a removed lesson, an older skin) must not survive:
            // maven-site-plugin never overwrites a skin file that is already there.
            delete(target.resolve("site"));
            delete(target.resolve(SiteFinish.STAGING));
            delete(target.resolve("site-sources"));
            Path outputs = target.resolve("outputs");
            OutputCapture.captureAll(root, outline, outputs);
            PageWriter.Course course = new PageWriter.Course(args[2], args[3], args[4]);
            PageWriter.write(root, outline, course, target.resolve("site-sources"), outputs);
            Handout.prepare(root, outline, course, target);
        } catch (BuildException e) {
            System.err.println("Course site: " + e.getMessage());
            System.exit(1);
        }
    }

    static void delete(Path dir) throws BuildException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new BuildException("cannot delete the earlier site in " + dir + ": " + e.getMessage());
        }
    }
}
