package course.waiting;

import java.util.List;
import java.util.Objects;

// tag::settings[]
/** Immutable: a record's fields are final, and the list is an unmodifiable copy. */
public record Settings(String host, int port, List<String> tags) {

    public Settings {
        Objects.requireNonNull(host, "host");
        tags = List.copyOf(tags); // our own copy: nobody can change it behind our back
    }
}
// end::settings[]
