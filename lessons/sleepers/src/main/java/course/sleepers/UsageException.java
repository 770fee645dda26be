package course.sleepers;

/** A command-line argument the program cannot use; its message is one line for the user. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
