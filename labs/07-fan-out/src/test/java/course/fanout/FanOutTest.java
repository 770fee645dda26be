package course.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FanOutTest {

    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            keys.add("k" + i);
        }
        return keys;
    }

    @Test
    void answersComeInTheOrderOfTheKeysWithFailuresInTheirPlace() throws InterruptedException {
        List<String> answers = FanOut.lookUpAll(List.of("apple", "pear", "plum"), key -> {
            if (key.equals("pear")) {
                throw new IllegalStateException("out of stock");
            }
            return key.toUpperCase();
        });

        assertThat(answers).withFailMessage("Expected [APPLE, pear: failed (out of stock), PLUM], got %s.%nHint: keep"
                + " the futures in the order of the keys; catch ExecutionException around get().", answers)
                .containsExactly("APPLE", "pear: failed (out of stock)", "PLUM");
    }

    @Test
    void tenThousandLookupsWaitAtTheSameTimeEachOnItsOwnVirtualThread() throws InterruptedException {
        int count = 10_000;
        CountDownLatch allWaiting = new CountDownLatch(count); // opens only when all 10,000 lookups wait at once
        AtomicInteger notVirtual = new AtomicInteger();

        List<String> answers = FanOut.lookUpAll(keys(count), key -> {
            allWaiting.countDown();
            if (!Thread.currentThread().isVirtual()) {
                notVirtual.incrementAndGet();
                return "not on a virtual thread"; // do not wait: a small pool would wait for ever
            }
            return allWaiting.await(30, TimeUnit.SECONDS) ? "ok" : "gave up waiting for the others";
        });

        assertThat(notVirtual.get()).withFailMessage("Expected every lookup on a virtual thread, but %,d of %,d ran on"
                + " platform threads.%nHint: Executors.newVirtualThreadPerTaskExecutor() starts a virtual thread per"
                + " task; a fixed pool reuses a few platform threads.", notVirtual.get(), count).isZero();
        assertThat(answers).withFailMessage("Expected %,d answers \"ok\" (all lookups waiting at once), got %s ...",
                count, answers.stream().distinct().toList()).hasSize(count).containsOnly("ok");
    }

    @Test
    void noKeysGiveNoAnswers() throws InterruptedException {
        assertThat(FanOut.lookUpAll(List.of(), key -> "never")).isEmpty();
    }
}
