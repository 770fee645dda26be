package course.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of lab.adoc: both lookups start at once on the planner's executor, plan() returns without waiting,
 * a failed weather lookup gives "weather unknown", a failed hotel lookup fails the plan with a NoPlanException.
 * No test depends on timing: services wait on latches the test opens, and a thread that blocks on a future is
 * recognised by its stack (it waits inside CompletableFuture), so a wrong plan fails at once instead of hanging.
 */
@Timeout(30)
class TripPlannerTest {

    private final List<String> threadsUsed = new CopyOnWriteArrayList<>();
    private final AtomicInteger poolThreads = new AtomicInteger();
    private final List<Thread> poolThreadList = new CopyOnWriteArrayList<>();
    private ExecutorService pool = newPool(2);

    private ExecutorService newPool(int threads) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = Thread.ofPlatform().name("trip-pool-" + poolThreads.incrementAndGet()).daemon()
                    .unstarted(task);
            poolThreadList.add(thread);
            return thread;
        });
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow(); // not close(): a thread blocked inside a wrong plan would keep close() waiting
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

    /** Whether the thread waits for a future: its stack is inside CompletableFuture's or FutureTask's waiting. */
    private static boolean waitsForAFuture(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                (frame.getClassName().equals(CompletableFuture.class.getName())
                        && (frame.getMethodName().equals("waitingGet") || frame.getMethodName().equals("timedGet")))
                || (frame.getClassName().equals("java.util.concurrent.FutureTask")
                        && frame.getMethodName().equals("awaitDone")));
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
    void asksBothServicesAtTheSameTime() throws InterruptedException {
        // Each service waits until the other one is asked too. A plan that asks one after the other never asks
        // the second while the first waits: once plan() has returned and every task given to the executor is
        // waiting in a service, nothing else can ask the second service, and the test says so at once.
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger tasks = new AtomicInteger();
        AtomicBoolean planReturned = new AtomicBoolean();
        AtomicBoolean oneAtATime = new AtomicBoolean();
        Executor counting = task -> {
            tasks.incrementAndGet();
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    tasks.decrementAndGet();
                }
            });
        };
        TripPlanner.Service meeting = city -> {
            asked.incrementAndGet();
            while (asked.get() < 2) {
                if (planReturned.get() && tasks.get() == asked.get()) {
                    oneAtATime.set(true); // only this service is asked, and nothing else is running
                    return "alone";
                }
                Thread.sleep(1);
            }
            return "together";
        };

        CompletableFuture<String> plan = new TripPlanner(counting, meeting, meeting).plan("Paris");
        planReturned.set(true);
        String answer = plan.join();

        assertThat(oneAtATime).withFailMessage("Expected both services asked at the same time, but the first one"
                + " was still waiting alone when plan() had returned.%nHint: start both lookups with supplyAsync"
                + " before combining them, not the second inside a stage of the first.").isFalse();
        assertThat(answer).isEqualTo("Paris: together, together");
    }

    @Test
    void returnsAtOnceWithoutWaitingForTheServices() throws InterruptedException {
        CountDownLatch answer = new CountDownLatch(1);
        TripPlanner.Service slow = city -> {
            answer.await();
            return "ok";
        };
        AtomicReference<CompletableFuture<String>> returned = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().name("caller").start(
                () -> returned.set(new TripPlanner(pool, slow, slow).plan("Paris")));

        boolean blocked = false;
        while (caller.isAlive() && !blocked) {
            caller.join(1);
            blocked = waitsForAFuture(caller);
        }
        boolean doneEarly = !blocked && returned.get().isDone();
        answer.countDown(); // lets a plan() that waited return too
        caller.join();

        assertThat(blocked).withFailMessage("Expected plan() to return at once, but it waited for a future while"
                + " the services had not answered.%nHint: do not call join() or get() inside plan(); return the"
                + " future of thenCombine.").isFalse();
        assertThat(doneEarly).withFailMessage("Expected plan() to return a future that is not done while the"
                + " services have not answered.").isFalse();
        assertThat(returned.get().join()).isEqualTo("Paris: ok, ok");
    }

    @Test
    void neverBlocksAThreadOfTheExecutorEvenWhenItHasOnlyOne() throws InterruptedException {
        // On one thread, a stage that waits for the other lookup waits for a task queued behind itself: a deadlock.
        // The hotel answers only after plan() returned, so the stages after it run on the pool's thread.
        pool = newPool(1);
        CountDownLatch hotelMayAnswer = new CountDownLatch(1);
        TripPlanner.Service hotels = city -> {
            hotelMayAnswer.await(10, TimeUnit.SECONDS);
            return "Hotel Lune";
        };

        CompletableFuture<String> plan = new TripPlanner(pool, hotels, answering("sunny")).plan("Paris");
        hotelMayAnswer.countDown();
        boolean stuck = false;
        while (!plan.isDone() && !stuck) {
            Thread.sleep(1);
            stuck = poolThreadList.stream().anyMatch(TripPlannerTest::waitsForAFuture);
        }

        assertThat(stuck).withFailMessage("Expected the plan to complete on an executor of one thread, but that"
                + " thread waits for a future inside a stage of the plan (a deadlock: the lookup it waits for is"
                + " queued behind it).%nHint: never join() or get() inside thenApply and friends; combine the two"
                + " futures with thenCombine.").isFalse();
        assertThat(plan.join()).isEqualTo("Paris: Hotel Lune, sunny");
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

        assertThat(failure).withFailMessage("Expected the plan to fail when there is no hotel, it gave %s.%nHint:"
                + " a failed hotel lookup is no plan: throw a NoPlanException inside exceptionally.",
                failure == null ? plan.join() : failure).isInstanceOf(CompletionException.class);
        assertThat(failure.getCause()).withFailMessage("Expected a NoPlanException inside the CompletionException,"
                + " got %s", failure.getCause()).isInstanceOf(TripPlanner.NoPlanException.class);
        assertThat(failure.getCause()).hasMessage("no hotel in Rome: fully booked");
        Throwable cause = failure.getCause().getCause();
        assertThat(cause == null ? null : TripPlanner.rootCause(cause)).withFailMessage("Expected the NoPlanException"
                + " to have the hotel service's failure as its cause, got %s", cause)
                .isInstanceOf(IllegalStateException.class).hasMessage("fully booked");
    }
}
