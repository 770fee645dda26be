package course.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A SHA-256 of some inputs, the key under which a build step keeps what it made (an output, a chart, the
 * handout) and reuses it while the key is the same. Only content and names go in, never a time: the same
 * inputs, written again, give the same key.
 */
final class Digest {

    private final MessageDigest sha;

    Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Digest text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    Digest bytes(byte[] bytes) {
        sha.update(bytes);
        return this;
    }

    /** The file's bytes; a missing file adds nothing (its name, when it matters, is the caller's to add). */
    Digest file(Path file) throws IOException {
        return Files.isRegularFile(file) ? bytes(Files.readAllBytes(file)) : this;
    }

    /** Every file under folder: its path relative to folder after prefix, then its bytes; a missing folder adds nothing. */
    Digest folder(Path folder, String prefix) throws IOException {
        return folder(folder, prefix, relative -> true);
    }

    /** The same for the files whose relative path ('/' between names) passes the filter. */
    Digest folder(Path folder, String prefix, Predicate<String> include) throws IOException {
        for (String relative : files(folder, include)) {
            text(prefix + relative);
            file(folder.resolve(relative));
        }
        return this;
    }

    /** The key: 64 hex digits. */
    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The files under folder, relative, sorted by name: the same order on every file system and platform. */
    static List<String> files(Path folder, Predicate<String> include) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(include).sorted(Comparator.naturalOrder()).toList();
        }
    }
}
