package course.executors;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Two lookups at once, combined into one answer, with a fallback when one of them fails. */
public final class QuoteDemo {

    private QuoteDemo() {
    }

    // tag::compose[]
    static CompletableFuture<String> quote(String item, Lookup prices, Lookup rates, ExecutorService pool) {
        CompletableFuture<Double> price = CompletableFuture
                .supplyAsync(() -> Double.parseDouble(call(prices, item)), pool);          // starts now, on the pool
        CompletableFuture<Optional<Double>> rate = CompletableFuture
                .supplyAsync(() -> Optional.of(Double.parseDouble(call(rates, "EUR"))), pool) // starts now too
                .exceptionally(failure -> Optional.empty());                               // no rate? quote dollars
        return price.thenCombine(rate, (dollars, euroRate) -> euroRate
                        .map(r -> item + ": " + String.format(Locale.US, "%.2f EUR", dollars * r))
                        .orElse(item + ": " + String.format(Locale.US, "%.2f USD (no exchange rate)", dollars)))
                .exceptionally(failure -> item + ": no price (" + failure.getCause().getMessage() + ")");
    }
    // end::compose[]

    /** Runs a lookup inside a lambda that may not throw checked exceptions. */
    private static String call(Lookup lookup, String key) {
        try {
            return lookup.find(key);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void run(PrintStream out) {
        Lookup prices = item -> {
            if (item.equals("unicorn")) {
                throw new IllegalArgumentException("nobody sells unicorns");
            }
            return "10.00";
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            out.println(quote("anvil", prices, key -> "0.92", pool).join());
            out.println(quote("anvil", prices, key -> {
                throw new IllegalStateException("rate service down");
            }, pool).join());
            out.println(quote("unicorn", prices, key -> "0.92", pool).join());
        }
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("QuoteDemo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
