package course.gil;

import java.util.ArrayList;
import java.util.List;

/** The command line of {@link GilDemo}. */
record GilOptions(int limit, List<Integer> threads, int repeat, int switchMillis, boolean help) {

    static final String USAGE = "usage: GilDemo [--limit N] [--threads T1,T2,...] [--repeat R] [--switch-ms S]"
            + " (N: 1000 to 100000000, default 2000000; T: 1 to 256, default 1,2,4 and up to the number of processors;"
            + " R: 1 to 20, default 3; S: 1 to 100, default 5)";

    static GilOptions parse(int cores, String... args) throws UsageException {
        int limit = 2_000_000;
        List<Integer> threads = defaultThreads(cores);
        int repeat = 3;
        int switchMillis = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = number(args, ++i, "--limit", 1_000, 100_000_000);
                case "--repeat" -> repeat = number(args, ++i, "--repeat", 1, 20);
                case "--switch-ms" -> switchMillis = number(args, ++i, "--switch-ms", 1, 100);
                case "--threads" -> threads = threadList(args, ++i);
                case "--help", "-h" -> {
                    return new GilOptions(limit, threads, repeat, switchMillis, true);
                }
                default -> throw new UsageException("unknown option \"" + args[i] + "\"; " + USAGE);
            }
        }
        return new GilOptions(limit, threads, repeat, switchMillis, false);
    }

    /** 1, 2, 4, then doubling while there are processors for it: 1,2,4 on 2 processors, 1,2,4,8,16 on 16. */
    static List<Integer> defaultThreads(int cores) {
        List<Integer> threads = new ArrayList<>(List.of(1, 2, 4));
        for (int t = 8; t <= cores; t *= 2) {
            threads.add(t);
        }
        return List.copyOf(threads);
    }

    private static List<Integer> threadList(String[] args, int index) throws UsageException {
        String expected = "--threads needs a comma-separated list of whole numbers from 1 to 256, such as 1,2,4";
        if (index >= args.length) {
            throw new UsageException(expected + "; " + USAGE);
        }
        List<Integer> threads = new ArrayList<>();
        for (String part : args[index].split(",", -1)) {
            Integer value = parse(part, 1, 256);
            if (value == null) {
                throw new UsageException(expected + ", got \"" + args[index] + "\"; " + USAGE);
            }
            threads.add(value);
        }
        return List.copyOf(threads);
    }

    private static int number(String[] args, int index, String option, int min, int max) throws UsageException {
        String expected = option + " needs a whole number from " + min + " to " + max;
        if (index >= args.length) {
            throw new UsageException(expected + "; " + USAGE);
        }
        Integer value = parse(args[index], min, max);
        if (value == null) {
            throw new UsageException(expected + ", got \"" + args[index] + "\"; " + USAGE);
        }
        return value;
    }

    private static Integer parse(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.replace("_", ""));
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
