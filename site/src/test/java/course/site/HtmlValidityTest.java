package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Every page is valid HTML, checked by the W3C Nu Html Checker, offline. */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        List<String> problems = new ArrayList<>();
        for (String page : SitePages.pages()) {
            String report = validator.validate(SitePages.SITE.resolve(page));
            report.lines().filter(line -> !line.isBlank() && !line.startsWith("Document checking completed"))
                    .forEach(line -> problems.add(page + ": " + line));
        }
        assertThat(problems).as("HTML errors and warnings").isEmpty();
    }
}
