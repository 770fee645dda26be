package course.build;

import java.nio.file.Path;

/**
 * Prepares the course site's sources: checks that the outline, the folders and pom.xml agree, runs the
 * programs whose output the pages show, and writes the pages for the AsciiDoc renderer.
 *
 * <p>Arguments: the repository root, and the site module's build directory.
 */
public final class SiteSources {

    private SiteSources() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SiteSources REPOSITORY_ROOT SITE_BUILD_DIRECTORY");
            System.exit(2);
        }
        try {
            Path root = Path.of(args[0]).toAbsolutePath().normalize();
            Path target = Path.of(args[1]).toAbsolutePath().normalize();
            Outline outline = Outline.read(root);
            CourseCheck.check(root, outline);
            Path outputs = target.resolve("outputs");
            for (Outline.Entry entry : outline.entries()) {
                OutputCapture.capture(root, entry, outputs.resolve(entry.folder()));
            }
            PageWriter.write(root, outline, target.resolve("pages"), outputs);
        } catch (BuildException e) {
            System.err.println("Course site: " + e.getMessage());
            System.exit(1);
        }
    }
}
