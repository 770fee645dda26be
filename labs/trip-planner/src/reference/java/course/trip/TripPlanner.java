package course.trip;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The trip-planner lab, reference solution: looks up a city's hotel and weather at the same time and combines them. */
public final class TripPlanner {

    /** A slow service: the program waits, the tests hold it on a latch or make it fail. */
    @FunctionalInterface
    public interface Service {
        String ask(String city) throws Exception;
    }

    /** Thrown (inside the future) when there is no hotel: a trip without a hotel is no plan. */
    public static final class NoPlanException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoPlanException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Executor executor;
    private final Service hotels;
    private final Service weather;

    public TripPlanner(Executor executor, Service hotels, Service weather) {
        this.executor = Objects.requireNonNull(executor);
        this.hotels = Objects.requireNonNull(hotels);
        this.weather = Objects.requireNonNull(weather);
    }

    // tag::plan[]
    /** "Paris: Hotel Lune, sunny", or "Paris: Hotel Lune, weather unknown" when the weather service fails. */
    public CompletableFuture<String> plan(String city) {
        CompletableFuture<String> hotel = CompletableFuture.supplyAsync(() -> ask(hotels, city), executor)
                .exceptionally(failure -> {
                    throw new NoPlanException("no hotel in " + city + ": " + rootCause(failure).getMessage(), failure);
                });
        CompletableFuture<String> sky = CompletableFuture.supplyAsync(() -> ask(weather, city), executor)
                .exceptionally(failure -> "weather unknown");
        return hotel.thenCombine(sky, (room, forecast) -> city + ": " + room + ", " + forecast);
    }
    // end::plan[]

    /** Given: calls a service inside a lambda, which may not throw checked exceptions. */
    static String ask(Service service, String city) {
        try {
            return service.ask(city);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** Given: the exception a service threw, unwrapped from the CompletionExceptions around it. */
    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    public static void main(String[] args) {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            TripPlanner planner = new TripPlanner(pool, city -> {
                Thread.sleep(300);
                return "Hotel " + city.charAt(0) + "ay";
            }, city -> {
                Thread.sleep(300);
                if (city.equals("Oslo")) {
                    throw new IllegalStateException("weather service down");
                }
                return "sunny";
            });
            System.out.println(planner.plan("Paris").join());
            System.out.println(planner.plan("Oslo").join());
        }
    }
}
