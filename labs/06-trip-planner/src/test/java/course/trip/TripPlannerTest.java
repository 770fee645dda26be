package course.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TripPlannerTest {

    private final List<String> threadsUsed = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("trip-pool-", 1).factory());

    @AfterEach
    void closePool() {
        pool.close();
    }

    private TripPlanner.Service answering(String answer) {
        return city -> {
            threadsUsed.add(Thread.currentThread().getName());
            return answer;
        };
    }

    private static TripPlanner.Service failing(String message) {
        return city -> {
            throw new IllegalStateException(message);
        };
    }

    @Test
    void combinesTheHotelAndTheWeatherOfTheCity() {
        String plan = new TripPlanner(pool, answering("Hotel Lune"), answering("sunny")).plan("Paris").join();

        assertThat(plan).withFailMessage("Expected \"Paris: Hotel Lune, sunny\", got \"%s\"", plan)
                .isEqualTo("Paris: Hotel Lune, sunny");
        assertThat(threadsUsed).withFailMessage("Expected both services to be asked on the planner's executor"
                + " (threads trip-pool-N), got %s.%nHint: pass the executor to supplyAsync.", threadsUsed)
                .hasSize(2).allSatisfy(name -> assertThat(name).startsWith("trip-pool-"));
    }

    @Test
    void asksBothServicesAtTheSameTime() {
        CyclicBarrier both = new CyclicBarrier(2); // opens only when both services are being asked at once
        TripPlanner.Service hotels = city -> {
            both.await(10, TimeUnit.SECONDS);
            return "Hotel Lune";
        };
        TripPlanner.Service weather = city -> {
            both.await(10, TimeUnit.SECONDS);
            return "sunny";
        };

        String plan = new TripPlanner(pool, hotels, weather).plan("Paris").join();

        assertThat(plan).withFailMessage("Expected both services asked at once, and \"Paris: Hotel Lune, sunny\","
                + " got \"%s\".%nHint: start both lookups with supplyAsync before combining them.", plan)
                .isEqualTo("Paris: Hotel Lune, sunny");
    }

    @Test
    void returnsAtOnceWithoutWaitingForTheServices() throws InterruptedException {
        CountDownLatch answer = new CountDownLatch(1);
        TripPlanner.Service slow = city -> {
            answer.await();
            return "ok";
        };

        CompletableFuture<String> plan = new TripPlanner(pool, slow, slow).plan("Paris"); // must not block
        boolean doneEarly = plan.isDone();
        answer.countDown();

        assertThat(doneEarly).withFailMessage("Expected plan() to return a future that is not done while the"
                + " services have not answered.%nHint: do not call join() or get() inside plan().").isFalse();
        assertThat(plan.join()).isEqualTo("Paris: ok, ok");
    }

    @Test
    void aFailingWeatherServiceGivesWeatherUnknown() {
        CompletableFuture<String> plan = new TripPlanner(pool, answering("Hotel Nord"), failing("weather service down"))
                .plan("Oslo");

        Throwable failure = catchThrowable(plan::join);
        assertThat(failure).withFailMessage("Expected a plan without weather, but the plan failed with %s.%nHint:"
                + " turn the weather lookup's failure into \"weather unknown\" with exceptionally.", failure).isNull();
        assertThat(plan.join()).isEqualTo("Oslo: Hotel Nord, weather unknown");
    }

    @Test
    void aFailingHotelServiceFailsThePlanWithAClearReason() {
        CompletableFuture<String> plan = new TripPlanner(pool, failing("fully booked"), answering("sunny")).plan("Rome");

        Throwable failure = catchThrowable(plan::join);

        assertThat(failure).withFailMessage("Expected the plan to fail when there is no hotel, it gave %s",
                failure == null ? plan.join() : failure).isInstanceOf(CompletionException.class);
        assertThat(failure.getCause()).withFailMessage("Expected a NoPlanException inside the CompletionException,"
                + " got %s", failure.getCause()).isInstanceOf(TripPlanner.NoPlanException.class);
        assertThat(failure.getCause()).hasMessage("no hotel in Rome: fully booked");
    }
}
