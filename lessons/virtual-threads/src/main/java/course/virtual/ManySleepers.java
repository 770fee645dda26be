package course.virtual;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The sleepers of the first lesson, many of them: starts N virtual or platform threads that each sleep, waits for all,
 * and prints the wall time and the memory they took. Run by SleeperComparison, one JVM per measurement.
 */
public final class ManySleepers {

    /** How a sleeper waits: the program sleeps, the tests wait on a latch. */
    @FunctionalInterface
    interface Nap {
        void take() throws InterruptedException;
    }

    /**
     * What one run measured. started < count when the operating system refused more threads. peakThreads: the
     * most live platform threads at once (ThreadMXBean.getPeakThreadCount): the JVM's own Java threads and the
     * carriers included; virtual threads and the JVM's internal threads (garbage collector, JIT compiler) not.
     */
    record Result(int started, long millis, long heapBytes, long residentBytes, int peakThreads, String failure) {
    }

    /** The start of the line that gives SleeperComparison the run's figures as data. */
    static final String DATA = "data: ";

    private ManySleepers() {
    }

    // tag::start[]
    static Result run(boolean virtual, int count, Nap nap) throws InterruptedException {
        Thread.Builder builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
        CountDownLatch allAsleep = new CountDownLatch(count);
        System.gc(); // start from a clean heap, before the clock starts
        long heapBefore = heapUsed();
        long residentBefore = residentMemory();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>(count);
        String failure = null;
        try {
            for (int i = 0; i < count; i++) {
                threads.add(builder.start(() -> {
                    allAsleep.countDown();
                    try {
                        nap.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
        } catch (OutOfMemoryError e) { // a platform thread is an operating-system thread: there is a limit
            failure = e.getMessage();
            for (int i = threads.size(); i < count; i++) {
                allAsleep.countDown();
            }
        }
        allAsleep.await();                       // every started thread is asleep now: measure
        long heap = heapUsed() - heapBefore;
        long resident = residentMemory() - residentBefore;
        for (Thread thread : threads) {
            thread.join();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int peak = ManagementFactory.getThreadMXBean().getPeakThreadCount(); // live platform threads, not virtual ones
        return new Result(threads.size(), millis, heap, resident, peak, failure);
    }
    // end::start[]

    /** Heap in use, garbage included (a collection here would add to the wall time). */
    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The memory of this process that is in RAM (Linux: VmRSS), or -1 where that cannot be read. */
    static long residentMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: report no figure rather than a wrong one
        }
        return -1;
    }

    static String describe(boolean virtual, int count, Duration nap, Result result) {
        String kind = virtual ? "virtual" : "platform";
        String line = String.format(Locale.US, "%-8s %,8d sleepers of %d s: %,6d ms, %,7d platform threads at most,"
                + " resident memory %s, heap in use %s", kind, count, nap.toSeconds(), result.millis(),
                result.peakThreads(), megabytes(result.residentBytes()), megabytes(result.heapBytes()));
        if (result.failure() != null) {
            line += String.format(Locale.US, "%n         only %,d threads started: %s", result.started(), result.failure());
        }
        return line;
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.US, "%+,6.1f MB", bytes / 1_048_576.0);
    }

    /** The same run as data: kind,sleepers,seconds,peak_threads. */
    static String csv(boolean virtual, int count, Result result) {
        return String.format(Locale.US, "%s,%d,%.3f,%d", virtual ? "virtual" : "platform", count, result.millis() / 1000.0,
                result.peakThreads());
    }

    /** java course.virtual.ManySleepers virtual|platform COUNT SECONDS: the report, then a line "data: " + csv. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3 || !args[0].matches("virtual|platform") || !args[1].matches("[0-9]{1,7}")
                || !args[2].matches("[0-9]{1,2}")) {
            System.err.println("usage: ManySleepers virtual|platform COUNT SECONDS (COUNT up to 9,999,999, SECONDS up to 99)");
            System.exit(2);
        }
        boolean virtual = args[0].equals("virtual");
        int count = Integer.parseInt(args[1]);
        Duration nap = Duration.ofSeconds(Integer.parseInt(args[2]));
        Result result = run(virtual, count, () -> Thread.sleep(nap));
        System.out.println(describe(virtual, count, nap, result));
        System.out.println(DATA + csv(virtual, count, result));
    }
}
