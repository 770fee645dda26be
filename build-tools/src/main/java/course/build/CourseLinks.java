package course.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * The Asciidoctor extension behind {@code lesson:name[]} and {@code lab:name[]}: a link to that page,
 * whose text carries its number and title from site/outline.txt. maven-site-plugin finds it through
 * META-INF/services. The pages set two attributes: course-root (the repository) and course-page (the page's
 * path in the site, for relative links). In the PDF handout (course-links: internal) the link goes to the page's
 * chapter instead.
 */
public final class CourseLinks implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry().inlineMacro(new Macro("lesson")).inlineMacro(new Macro("lab"))
                .inlineMacro(new HandoutLink());
    }

    static final class Macro extends InlineMacroProcessor {

        Macro(String name) {
            super(name);
        }

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            String kind = getName();
            Object options = attributes.getOrDefault("1", attributes.getOrDefault("text", ""));
            String page = String.valueOf(parent.getDocument().getAttribute("course-page", "index.html"));
            Outline outline;
            try {
                outline = Outline.read(Path.of(String.valueOf(parent.getDocument().getAttribute("course-root", "."))));
            } catch (BuildException e) {
                return problem(parent, kind, target, e.getMessage());
            }
            Optional<Outline.Entry> entry = CrossReferences.resolve(outline, kind, target);
            if (entry.isEmpty()) {
                return problem(parent, kind, target, kind + ":" + target + "[] refers to "
                        + CrossReferences.folder(kind, target) + ", which is not in " + Outline.FILE);
            }
            String text = CrossReferences.text(outline, entry.get(), String.valueOf(options));
            Map<String, Object> options2 = new HashMap<>();
            if ("internal".equals(parent.getDocument().getAttribute("course-links"))) {
                // The handout: one document, in which every page is a chapter with an id.
                String id = Handout.anchor(entry.get());
                options2.put("type", ":xref");
                options2.put("target", "#" + id);
                return createPhraseNode(parent, "anchor", text, Map.of("refid", id), options2);
            }
            options2.put("type", ":link");
            options2.put("target", CrossReferences.href(page, entry.get()));
            return createPhraseNode(parent, "anchor", text, Map.of(), options2);
        }

        private PhraseNode problem(StructuralNode parent, String kind, String target, String message) {
            Cursor where = parent.getSourceLocation();
            log(new LogRecord(Severity.ERROR, where, message));
            return createPhraseNode(parent, "quoted", kind + ":" + target + "[]", Map.of(), Map.of("type", ":unquoted"));
        }
    }

    /**
     * {@code handout:handout.pdf[text]} on the home page: a link to the PDF handout with its size, read from the
     * file that the page's attribute handout-file names (the PDF kept in target/handout, rendered before
     * the pages). Without the file (the authors' preview) the link has no size.
     */
    static final class HandoutLink extends InlineMacroProcessor {

        HandoutLink() {
            super("handout");
        }

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            String text = String.valueOf(attributes.getOrDefault("1", attributes.getOrDefault("text", target)));
            Path file = Path.of(String.valueOf(parent.getDocument().getAttribute("handout-file", target)));
            try {
                long bytes = Files.size(file);
                text += bytes < 1_000_000 ? String.format(Locale.US, " (PDF, %d KB)", Math.max(1, Math.round(bytes / 1000.0)))
                        : String.format(Locale.US, " (PDF, %.1f MB)", bytes / 1_000_000.0);
            } catch (IOException e) {
                text += " (PDF)";
            }
            Map<String, Object> options = new HashMap<>();
            options.put("type", ":link");
            options.put("target", target);
            return createPhraseNode(parent, "anchor", text, Map.of(), options);
        }
    }
}
