package course.forkjoin;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Three ways a parallel stream surprises: boxing, findAny, and forEach into an ArrayList. */
public final class StreamPitfalls {

    private StreamPitfalls() {
    }

    // tag::boxing[]
    /** Boxed: every element is an Integer object, and every partial sum a new Long. */
    static long boxedSum(List<Integer> numbers) {
        return numbers.parallelStream().reduce(0L, (sum, n) -> sum + n, Long::sum);
    }

    /** Primitive: an int[] read straight into a LongStream, no objects per element. */
    static long primitiveSum(int[] numbers) {
        return IntStream.of(numbers).parallel().asLongStream().sum();
    }
    // end::boxing[]

    // tag::find[]
    /** The first multiple of `divisor` in encounter order: the same answer every run, parallel or not. */
    static OptionalInt firstMultiple(int size, int divisor) {
        return IntStream.range(0, size).parallel().filter(n -> n > 0 && n % divisor == 0).findFirst();
    }

    /** Any multiple of `divisor`: on a parallel stream, whichever a thread finds first. */
    static OptionalInt anyMultiple(int size, int divisor) {
        return IntStream.range(0, size).parallel().filter(n -> n > 0 && n % divisor == 0).findAny();
    }
    // end::find[]

    // tag::for-each[]
    /** Wrong: threads of the common pool add to one ArrayList at once. Elements get lost, or add throws. */
    static List<Long> squaresIntoArrayList(int size) {
        List<Long> squares = new ArrayList<>();     // not thread-safe
        IntStream.range(0, size).parallel().forEach(n -> squares.add((long) n * n));
        return squares;
    }

    /** Right: a reduction. Each thread fills its own part; the stream joins the parts in order. */
    static List<Long> squaresCollected(int size) {
        return IntStream.range(0, size).parallel().mapToObj(n -> (long) n * n).toList();
    }
    // end::for-each[]

    /** What squaresIntoArrayList did this time: a size, or the exception it threw. */
    static String tryArrayList(int size) {
        try {
            return String.format(Locale.US, "%,d elements", squaresIntoArrayList(size).size());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    static void run(PrintStream out) {
        int size = 1_000_000;
        List<Integer> boxed = IntStream.range(0, size).boxed().toList();
        int[] primitive = IntStream.range(0, size).toArray();
        out.printf(Locale.US, "boxed sum %,d, primitive sum %,d (the same; the benchmark compares the times)%n",
                boxedSum(boxed), primitiveSum(primitive));
        StringBuilder first = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (int run = 0; run < 5; run++) {
            first.append(' ').append(String.format(Locale.US, "%,d", firstMultiple(size, 1_000).orElseThrow()));
            any.append(' ').append(String.format(Locale.US, "%,d", anyMultiple(size, 1_000).orElseThrow()));
        }
        out.println("findFirst, five runs:" + first);
        out.println("findAny,   five runs:" + any);
        for (int run = 0; run < 5; run++) {
            out.printf(Locale.US, "%,d squares: forEach into an ArrayList gave %s; toList() gave %,d elements%n",
                    size, tryArrayList(size), squaresCollected(size).size());
        }
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("StreamPitfalls takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
