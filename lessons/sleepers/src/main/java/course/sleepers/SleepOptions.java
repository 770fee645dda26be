package course.sleepers;

/** The command line of {@link Sleepers}: how many threads, and how long each one sleeps. */
record SleepOptions(int threads, int seconds, boolean help) {

    static final int MAX_THREADS = 10_000;
    static final int MAX_SECONDS = 3_600;
    static final String USAGE = "usage: Sleepers [--threads N] [--seconds S]"
            + " (N: 1 to " + MAX_THREADS + ", default 10; S: 0 to " + MAX_SECONDS + ", default 5)";

    static SleepOptions parse(String... args) throws UsageException {
        int threads = 10;
        int seconds = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = number(args, ++i, "--threads", 1, MAX_THREADS);
                case "--seconds" -> seconds = number(args, ++i, "--seconds", 0, MAX_SECONDS);
                case "--help", "-h" -> {
                    return new SleepOptions(threads, seconds, true);
                }
                default -> throw new UsageException("unknown option \"" + args[i] + "\"; " + USAGE);
            }
        }
        return new SleepOptions(threads, seconds, false);
    }

    private static int number(String[] args, int index, String option, int min, int max)
            throws UsageException {
        String expected = option + " needs a whole number from " + min + " to " + max;
        if (index >= args.length) {
            throw new UsageException(expected + "; " + USAGE);
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the value the user typed
        }
        throw new UsageException(expected + ", got \"" + args[index] + "\"; " + USAGE);
    }
}
