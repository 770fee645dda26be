package course.virtual;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Eight CPU-bound tasks on virtual threads and on a pool of one platform thread per core: no difference. */
public final class CpuOnVirtual {

    private CpuOnVirtual() {
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int divisor = 2; (long) divisor * divisor <= n; divisor++) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    /** Counts the primes below limit in `tasks` interleaved slices, on the given executor. */
    static long countPrimes(ExecutorService executor, int limit, int tasks) throws InterruptedException, ExecutionException {
        List<Callable<Long>> slices = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int first = t;
            slices.add(() -> {
                long count = 0;
                for (int n = first; n < limit; n += tasks) {
                    if (isPrime(n)) {
                        count++;
                    }
                }
                return count;
            });
        }
        long total = 0;
        for (Future<Long> slice : executor.invokeAll(slices)) {
            total += slice.get();
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        if (args.length > 0) {
            System.err.println("CpuOnVirtual takes no arguments");
            System.exit(2);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int limit = 2_000_000;
        try (ExecutorService warmUp = Executors.newSingleThreadExecutor()) {
            countPrimes(warmUp, limit / 4, 8); // let the JIT compiler compile isPrime first
        }
        // tag::cpu[]
        for (String kind : List.of("1 platform thread", cores + " platform threads", "virtual threads")) {
            try (ExecutorService executor = switch (kind.charAt(0)) {
                case '1' -> Executors.newSingleThreadExecutor();
                case 'v' -> Executors.newVirtualThreadPerTaskExecutor(); // 8 tasks, 8 virtual threads
                default -> Executors.newFixedThreadPool(cores);
            }) {
                long start = System.nanoTime();
                long primes = countPrimes(executor, limit, 8);
                System.out.printf("%-20s %,d primes in %,d ms%n", kind + ":", primes, (System.nanoTime() - start) / 1_000_000);
            }
        }
        // end::cpu[]
    }
}
