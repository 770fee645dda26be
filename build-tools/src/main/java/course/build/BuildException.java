package course.build;

/** A problem in the course's sources; the message names the file and says what to do. */
public final class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }
}
