package course.build;

/** A program for OutputCaptureTest to capture: prints its arguments, one a line. */
public final class CaptureProbe {

    private CaptureProbe() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println(arg);
        }
    }
}
