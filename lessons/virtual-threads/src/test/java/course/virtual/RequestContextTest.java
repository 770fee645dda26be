package course.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestContextTest {

    @Test
    void theUserIsVisibleInsideItsBindingOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RequestContext.serve(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "handled GET /orders for ada", "handled GET /invoices for grace", "handled GET /health for nobody");
        assertThat(RequestContext.USER.isBound()).isFalse();
    }
}
