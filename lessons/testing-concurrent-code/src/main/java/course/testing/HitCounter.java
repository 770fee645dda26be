package course.testing;

/** Counts page hits. Two versions: racy, and synchronized; both with a seam between read and write. */
public final class HitCounter {

    /** Runs between reading and writing the count: nothing in the program, a latch or barrier in a test. */
    @FunctionalInterface
    public interface Seam {
        void pause() throws InterruptedException;
    }

    private final boolean safe;
    private final Seam seam;
    private long hits;

    private HitCounter(boolean safe, Seam seam) {
        this.safe = safe;
        this.seam = seam;
    }

    public static HitCounter racy(Seam seam) {
        return new HitCounter(false, seam);
    }

    public static HitCounter safe(Seam seam) {
        return new HitCounter(true, seam);
    }

    // tag::hit[]
    public void hit() throws InterruptedException {
        if (safe) {
            synchronized (this) {
                readPauseWrite();
            }
        } else {
            readPauseWrite();
        }
    }

    private void readPauseWrite() throws InterruptedException {
        long seen = hits;
        seam.pause();      // the seam: a test decides here who goes next
        hits = seen + 1;
    }
    // end::hit[]

    public synchronized long hits() {
        return hits;
    }
}
