package course.shared;

/** The same flag without volatile: nothing obliges the reader ever to see the write. */
final class PlainFlag {

    // tag::plain[]
    private boolean stopped; // not volatile: a data race

    void stop() {
        stopped = true;
    }

    long spinUntilStopped() {
        long looks = 0;
        while (!stopped) { // the JIT compiler may read the field once and loop forever
            looks++;
        }
        return looks;
    }
    // end::plain[]
}
