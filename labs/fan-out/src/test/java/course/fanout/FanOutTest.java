package course.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of lab.adoc: every lookup at the same time, each on its own virtual thread; answers in the order of
 * the keys, failures in their place; lookUpAll returns once every lookup has finished. No test depends on timing:
 * the lookups wait for each other or for the caller, and a wrong solution is recognised by what it makes the
 * caller do (wait while only one lookup runs, or return while lookups still run).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FanOutTest {

    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            keys.add("k" + i);
        }
        return keys;
    }

    /** A number for people: 10,000, in a fixed locale whatever the machine's. */
    private static String us(long number) {
        return String.format(Locale.US, "%,d", number);
    }

    private static boolean parked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED;
    }

    /**
     * Waits until the next lookup has started. Lookups run one at a time never start it: the caller then waits
     * (parked) for this lookup, so a caller parked for a whole second while the next lookup has not started
     * ends the wait early; 5 s bounds it in any case.
     */
    private static boolean nextStarts(CountDownLatch nextStarted, Thread caller) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long parkedSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (nextStarted.await(10, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!parked(caller)) {
                parkedSince = System.nanoTime();
            } else if (System.nanoTime() - parkedSince > TimeUnit.SECONDS.toNanos(1)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Waits until done says so, and returns true; or returns false once nothing has moved for a second: progress
     * unchanged while the caller is parked without a pending interrupt, or has ended. A correct solution never
     * stays like that (its caller is running, or has an interrupt to act on, or its lookups make progress), so the
     * second only ends a wrong solution's wait early; 10 s bound it in any case.
     */
    private static boolean awaitUnlessStuck(BooleanSupplier done, IntSupplier progress, Thread caller)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long stillSince = System.nanoTime();
        int seen = progress.getAsInt();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return true;
            }
            int now = progress.getAsInt();
            boolean callerActs = caller.isAlive() && (!parked(caller) || caller.isInterrupted());
            if (now != seen || callerActs) {
                seen = now;
                stillSince = System.nanoTime();
            } else if (System.nanoTime() - stillSince > TimeUnit.SECONDS.toNanos(1)) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(10); // polls a state; no verdict depends on how long this takes
        }
        return done.getAsBoolean();
    }

    @Test
    void answersComeInTheOrderOfTheKeysWithFailuresInTheirPlace() throws InterruptedException {
        // The lookups finish in the reverse order of the keys: each waits until the thread of the next key's
        // lookup has ended. A solution that collects answers as they finish gets them backwards.
        List<String> keys = List.of("apple", "pear", "plum");
        Map<String, Thread> threads = new ConcurrentHashMap<>();
        Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
        keys.forEach(key -> started.put(key, new CountDownLatch(1)));
        Thread caller = Thread.currentThread();
        AtomicBoolean oneByOne = new AtomicBoolean();

        List<String> answers = FanOut.lookUpAll(keys, key -> {
            threads.put(key, Thread.currentThread());
            started.get(key).countDown();
            int next = keys.indexOf(key) + 1;
            if (next < keys.size() && Thread.currentThread().isVirtual() && !oneByOne.get()) { // a pool can't wait
                String nextKey = keys.get(next);
                if (nextStarts(started.get(nextKey), caller)) {
                    threads.get(nextKey).join(Duration.ofSeconds(5));
                } else {
                    oneByOne.set(true); // another test fails such a solution; this one need not wait again
                }
            }
            if (key.equals("pear")) {
                throw new IllegalStateException("out of stock");
            }
            return key.toUpperCase();
        });

        assertThat(answers).withFailMessage("Expected [APPLE, pear: failed (out of stock), PLUM] although the"
                + " lookups finished in the order plum, pear, apple; got %s.%nHint: keep the futures in the order of"
                + " the keys; catch ExecutionException around get().", answers)
                .containsExactly("APPLE", "pear: failed (out of stock)", "PLUM");
    }

    @Test
    void tenThousandLookupsWaitAtTheSameTimeEachOnItsOwnVirtualThread() throws InterruptedException {
        int count = 10_000;
        CountDownLatch allWaiting = new CountDownLatch(count); // opens only when all 10,000 lookups wait at once
        AtomicInteger notVirtual = new AtomicInteger();
        AtomicBoolean oneAtATime = new AtomicBoolean();
        AtomicReference<String> stall = new AtomicReference<>();

        // A watchdog: when no new lookup has started for two seconds while the caller waits, the caller waits for
        // a lookup that waits for the others, which never start: lookups run one at a time. It says so and opens
        // the latch, so that the test ends at once instead of waiting for every lookup in turn.
        Thread caller = Thread.currentThread();
        Thread watchdog = Thread.ofPlatform().daemon().name("watchdog").start(() -> {
            long seen = -1;
            int still = 0;
            while (allWaiting.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
                long now = allWaiting.getCount();
                still = now == seen && parked(caller) ? still + 1 : 0;
                seen = now;
                if (still >= 40) { // 40 x 50 ms
                    stall.set(us(count - now) + " of " + us(count));
                    oneAtATime.set(true);
                    while (allWaiting.getCount() > 0) {
                        allWaiting.countDown();
                    }
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        List<String> answers;
        try {
            answers = FanOut.lookUpAll(keys(count), key -> {
                allWaiting.countDown();
                if (!Thread.currentThread().isVirtual()) {
                    notVirtual.incrementAndGet();
                    return "not on a virtual thread"; // do not wait: a small pool would wait for ever
                }
                if (!allWaiting.await(30, TimeUnit.SECONDS)) {
                    return "gave up waiting for the others";
                }
                return oneAtATime.get() ? "not at the same time" : "ok";
            });
        } finally {
            watchdog.interrupt();
        }

        assertThat(notVirtual.get()).withFailMessage("Expected every lookup on a virtual thread, but %s of %s ran on"
                + " platform threads.%nHint: Executors.newVirtualThreadPerTaskExecutor() starts a virtual thread per"
                + " task; a fixed pool reuses a few platform threads.", us(notVirtual.get()), us(count)).isZero();
        assertThat(oneAtATime).withFailMessage("Expected all lookups waiting at the same time, but lookUpAll waited"
                + " for one lookup before starting the next (%s had started).%nHint: submit every task first, and read"
                + " the futures only after the try-with-resources block.", stall.get()).isFalse();
        assertThat(answers).withFailMessage("Expected %s answers \"ok\" (all lookups waiting at once), got %s ...",
                us(count), answers.stream().distinct().toList()).hasSize(count).containsOnly("ok");
    }

    @Test
    void returnsOnlyAfterEveryLookupHasFinished() throws InterruptedException {
        // Each lookup ends only once the caller waits (for the lookups, if the solution is right) or has returned.
        // A solution that does not wait returns while every lookup still runs, and its answers are missing.
        List<String> keys = keys(3);
        AtomicBoolean finishedAfterReturn = new AtomicBoolean();
        AtomicReference<Thread> callerRef = new AtomicReference<>();
        CountDownLatch callerKnown = new CountDownLatch(1);
        AtomicReference<Object> result = new AtomicReference<>();
        CountDownLatch lookupsEnded = new CountDownLatch(keys.size());

        Thread caller = Thread.ofPlatform().name("caller").unstarted(() -> {
            try {
                List<String> answers = FanOut.lookUpAll(keys, key -> {
                    try {
                        callerKnown.await();
                        Thread owner = callerRef.get();
                        if (Thread.currentThread() == owner) {
                            return key; // the lookup runs on the caller itself: nothing to wait for
                        }
                        while (owner.isAlive() && !parked(owner)) {
                            Thread.sleep(1);
                        }
                        if (!owner.isAlive()) {
                            finishedAfterReturn.set(true);
                        }
                        return key;
                    } finally {
                        lookupsEnded.countDown();
                    }
                });
                result.set(new ArrayList<>(answers)); // the answers as they were when lookUpAll returned
            } catch (Throwable t) {
                result.set(t);
            }
        });
        callerRef.set(caller);
        callerKnown.countDown();
        caller.start();
        caller.join();
        if (result.get() instanceof Throwable failure) {
            throw new AssertionError("lookUpAll threw " + failure, failure); // no lookup may ever start
        }
        lookupsEnded.await(); // a lookup still running when the caller returned sees it, and says so

        assertThat(finishedAfterReturn).withFailMessage("Expected lookUpAll to return once every lookup has"
                + " finished, but it returned while lookups were still running.%nHint: close the executor (the end"
                + " of the try-with-resources block waits for every task), or wait for every future.").isFalse();
        assertThat(result.get()).withFailMessage("Expected the answers %s, got %s", keys, result.get())
                .isEqualTo(keys);
    }

    @Test
    void anInterruptOfTheCallerInterruptsEveryLookupAndIsNotLost() throws InterruptedException {
        // The lookups wait until they are interrupted. The test interrupts the caller once they all run: every
        // lookup must be interrupted and have ended before lookUpAll ends, which then throws InterruptedException
        // or returns with the caller's interrupt status still set.
        List<String> keys = keys(3);
        Set<Thread> lookupThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger interrupted = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger endedWhenLookUpAllEnded = new AtomicInteger(-1);
        AtomicBoolean interruptKept = new AtomicBoolean();
        AtomicReference<Object> outcome = new AtomicReference<>();

        Thread caller = Thread.ofPlatform().name("caller").unstarted(() -> {
            try {
                List<String> answers = FanOut.lookUpAll(keys, key -> {
                    lookupThreads.add(Thread.currentThread());
                    started.incrementAndGet();
                    try {
                        new CountDownLatch(1).await(); // until interrupted
                        return key;
                    } catch (InterruptedException e) {
                        interrupted.incrementAndGet();
                        throw e;
                    } finally {
                        ended.incrementAndGet();
                    }
                });
                endedWhenLookUpAllEnded.set(ended.get());
                interruptKept.set(Thread.currentThread().isInterrupted());
                outcome.set(answers);
            } catch (InterruptedException e) {
                endedWhenLookUpAllEnded.set(ended.get());
                interruptKept.set(true);
                outcome.set(e);
            } catch (Throwable t) {
                endedWhenLookUpAllEnded.set(ended.get());
                outcome.set(t);
            }
        });
        boolean stopped;
        try {
            caller.start();
            awaitUnlessStuck(() -> started.get() == keys.size(), started::get, caller);
            caller.interrupt();
            stopped = awaitUnlessStuck(() -> !caller.isAlive(),
                    () -> interrupted.get() + ended.get()
                            + (int) lookupThreads.stream().filter(Thread::isInterrupted).count(), caller);
        } finally {
            lookupThreads.forEach(Thread::interrupt); // a wrong solution leaves lookups waiting: end them
            caller.join(Duration.ofSeconds(5));
        }

        assertThat(stopped).withFailMessage("Expected lookUpAll to stop waiting when its thread is interrupted,"
                + " but it kept waiting and no lookup was interrupted.%nHint: do not catch InterruptedException to"
                + " carry on; close() of the executor interrupts the lookups still running and keeps the"
                + " interrupt.").isTrue();
        assertThat(outcome.get()).withFailMessage("lookUpAll threw %s", outcome.get())
                .isNotInstanceOf(RuntimeException.class).isNotInstanceOf(Error.class);
        assertThat(interrupted.get()).withFailMessage("Expected every running lookup interrupted, but %s of %s were."
                + "%nHint: the end of the try-with-resources block (close()) interrupts them when the caller is"
                + " interrupted.", interrupted.get(), started.get()).isEqualTo(started.get());
        assertThat(endedWhenLookUpAllEnded.get()).withFailMessage("Expected every lookup ended when lookUpAll ended,"
                + " but only %s of %s had.", endedWhenLookUpAllEnded.get(), started.get()).isEqualTo(started.get());
        assertThat(interruptKept).withFailMessage("Expected lookUpAll to throw InterruptedException or return with"
                + " the interrupt status set, but the interrupt was lost.").isTrue();
    }

    @Test
    void oneKeyGivesOneAnswerLookedUpOnAVirtualThread() throws InterruptedException {
        List<String> answers = FanOut.lookUpAll(List.of("k1"),
                key -> key + (Thread.currentThread().isVirtual() ? " on a virtual thread" : " on the caller's thread"));

        assertThat(answers).withFailMessage("Expected [k1 on a virtual thread], got %s.%nHint: one key is no"
                + " exception: its lookup runs in its own virtual thread too.", answers)
                .containsExactly("k1 on a virtual thread");
    }

    @Test
    void noKeysGiveNoAnswers() throws InterruptedException {
        assertThat(FanOut.lookUpAll(List.of(), key -> "never")).isEmpty();
    }
}
