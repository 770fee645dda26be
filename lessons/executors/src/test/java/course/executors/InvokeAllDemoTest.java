package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InvokeAllDemoTest {

    @Test
    void answersComeInTheOrderOfTheTasksWithFailuresInTheirPlace() throws InterruptedException {
        List<String> answers = InvokeAllDemo.lookUpAll(List.of("a", "b", "c"), shop -> {
            if (shop.equals("b")) {
                throw new IllegalStateException("b is closed");
            }
            return shop.toUpperCase();
        }, 2);

        assertThat(answers).containsExactly("a: A", "failed: b is closed", "c: C");
    }

    @Test
    void aPoolOfThreeRunsThreeLookupsAtOnce() throws InterruptedException {
        CyclicBarrier allThree = new CyclicBarrier(3); // opens only when three lookups run at the same time

        List<String> answers = InvokeAllDemo.lookUpAll(List.of("x", "y", "z"), shop -> {
            allThree.await(10, TimeUnit.SECONDS);
            return "ok";
        }, 3);

        assertThat(answers).containsExactly("x: ok", "y: ok", "z: ok");
    }
}
