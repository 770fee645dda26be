package course.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of lab.adoc: both lookups start at once on the planner's executor, plan() returns without waiting,
 * a failed weather lookup gives "weather unknown", a failed hotel lookup fails the plan with a NoPlanException.
 * No test depends on timing or on the JDK's private code: the planner gets executors the test controls (one that
 * only holds the tasks it is given until the test runs them, one whose threads the test names), and services wait
 * on latches the test opens. A wrong plan that would wait for ever fails after a few seconds instead.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TripPlannerTest {

    /** How long a correct plan may take at most; far more than it needs, even on a loaded machine. */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final List<String> threadsUsed = new CopyOnWriteArrayList<>();
    private final AtomicInteger poolThreads = new AtomicInteger();
    private ExecutorService pool = newPool(2);

    private ExecutorService newPool(int threads) {
        return Executors.newFixedThreadPool(threads, task -> Thread.ofPlatform()
                .name("trip-pool-" + poolThreads.incrementAndGet()).daemon().unstarted(task));
    }

    /**
     * An executor that runs nothing by itself: it holds every task it is given until the test takes them, or
     * until release() hands the held ones, and every later one, to another executor.
     */
    private static final class HeldExecutor implements Executor {
        private final List<Runnable> held = new ArrayList<>();
        private Executor releasedTo;

        @Override
        public synchronized void execute(Runnable task) {
            if (releasedTo != null) {
                releasedTo.execute(task);
            } else {
                held.add(task);
            }
        }

        /** The tasks given so far, removed from the executor: the test runs them. */
        synchronized List<Runnable> take() {
            List<Runnable> taken = List.copyOf(held);
            held.clear();
            return taken;
        }

        /** From now on every task, the held ones first, runs on target. */
        synchronized void release(Executor target) {
            releasedTo = target;
            take().forEach(target::execute);
        }
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

    @Test
    void combinesTheHotelAndTheWeatherOfTheCity() throws Exception {
        String plan = new TripPlanner(pool, answering("Hotel Lune"), answering("sunny")).plan("Paris")
                .get(LIMIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(plan).withFailMessage("Expected \"Paris: Hotel Lune, sunny\", got \"%s\"", plan)
                .isEqualTo("Paris: Hotel Lune, sunny");
        assertThat(threadsUsed).withFailMessage("Expected both services to be asked on the planner's executor"
                + " (threads trip-pool-N), got %s.%nHint: pass the executor to supplyAsync.", threadsUsed)
                .hasSize(2).allSatisfy(name -> assertThat(name).startsWith("trip-pool-"));
    }

    @Test
    void asksBothServicesAtTheSameTime() throws Exception {
        // Both lookups must be handed to the executor before plan() returns, before either service answered.
        // The executor holds them; the test runs what it got, each task on a thread of its own, and only those.
        HeldExecutor held = new HeldExecutor();
        Set<String> asked = ConcurrentHashMap.newKeySet();
        TripPlanner.Service hotels = city -> {
            asked.add("hotel");
            return "Hotel Lune";
        };
        TripPlanner.Service weather = city -> {
            asked.add("weather");
            return "sunny";
        };

        CompletableFuture<String> plan = new TripPlanner(held, hotels, weather).plan("Paris");
        List<Thread> runners = held.take().stream().map(task -> Thread.ofPlatform().daemon().start(task)).toList();
        for (Thread runner : runners) {
            runner.join(LIMIT.toMillis());
        }
        Set<String> askedByThen = Set.copyOf(asked);
        held.release(pool);

        assertThat(askedByThen).withFailMessage("Expected both services to be asked by the tasks the planner gave"
                + " its executor before plan() returned, but only %s was asked by them.%nHint: start both lookups"
                + " with supplyAsync(..., executor) before combining them, not the second inside a stage of the"
                + " first.", askedByThen).containsExactlyInAnyOrder("hotel", "weather");
        assertThat(plan.get(LIMIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("Paris: Hotel Lune, sunny");
    }

    @Test
    void returnsAtOnceWithoutWaitingForTheServices() throws Exception {
        // The executor runs nothing until plan() has returned: a plan() that waits for a lookup waits for ever,
        // and fails after LIMIT.
        HeldExecutor held = new HeldExecutor();
        TripPlanner planner = new TripPlanner(held, answering("ok"), answering("ok"));
        CompletableFuture<String> plan;
        try {
            plan = assertTimeoutPreemptively(LIMIT, () -> planner.plan("Paris"), () -> "Expected plan() to return"
                    + " at once, but it was still waiting after " + LIMIT.toSeconds() + " s while the services had"
                    + " not been asked.\nHint: do not call join() or get() inside plan(); return the future of"
                    + " thenCombine.");
            assertThat(plan.isDone()).withFailMessage("Expected plan() to return a future that is not done while"
                    + " the services have not answered.").isFalse();
        } finally {
            held.release(pool); // lets a plan() that waited finish too
        }
        assertThat(plan.get(LIMIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("Paris: ok, ok");
    }

    @Test
    void neverBlocksAThreadOfTheExecutorEvenWhenItHasOnlyOne() throws Exception {
        // On one thread, a stage that waits for the other lookup waits for a task queued behind itself: a deadlock.
        // The hotel answers only after plan() returned, so the stages after it run on the pool's only thread.
        pool = newPool(1);
        CountDownLatch hotelMayAnswer = new CountDownLatch(1);
        TripPlanner.Service hotels = city -> {
            hotelMayAnswer.await(10, TimeUnit.SECONDS);
            return "Hotel Lune";
        };

        CompletableFuture<String> plan = new TripPlanner(pool, hotels, answering("sunny")).plan("Paris");
        hotelMayAnswer.countDown();
        String answer;
        try {
            answer = plan.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            answer = null;
        }

        assertThat(answer).withFailMessage("Expected the plan to complete on an executor of one thread, but it was"
                + " not done after %d s: a stage of the plan waits on that thread for a lookup queued behind it"
                + " (a deadlock).%nHint: never join() or get() inside thenApply and friends; combine the two futures"
                + " with thenCombine.", LIMIT.toSeconds()).isEqualTo("Paris: Hotel Lune, sunny");
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
