package course.build;

import java.nio.file.Path;

/**
 * Prepares the course site's sources before maven-site-plugin renders them: checks that the outline, the
 * folders, pom.xml and every cross-reference agree, runs the programs whose output the pages show, and
 * writes site.xml and the pages.
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
            Path outputs = target.resolve("outputs");
            OutputCapture.captureAll(root, outline, outputs);
            PageWriter.write(root, outline, new PageWriter.Course(args[2], args[3], args[4]),
                    target.resolve("site-sources"), outputs);
        } catch (BuildException e) {
            System.err.println("Course site: " + e.getMessage());
            System.exit(1);
        }
    }
}
