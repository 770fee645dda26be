package course.executors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QuoteDemoTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void bothLookupsRunAtOnceAndTheirAnswersAreCombined() {
        CyclicBarrier both = new CyclicBarrier(2); // price and rate must be looked up at the same time
        Lookup prices = item -> {
            both.await(5, TimeUnit.SECONDS);
            return "10.00";
        };
        Lookup rates = currency -> {
            both.await(5, TimeUnit.SECONDS);
            return "0.5";
        };

        assertThat(QuoteDemo.quote("anvil", prices, rates, pool).join()).isEqualTo("anvil: 5.00 EUR");
    }

    @Test
    void aFailedRateFallsBackToDollars() {
        Lookup rates = currency -> {
            throw new IllegalStateException("down");
        };

        assertThat(QuoteDemo.quote("anvil", item -> "10", rates, pool).join())
                .isEqualTo("anvil: 10.00 USD (no exchange rate)");
    }

    @Test
    void aFailedPriceBecomesAnAnswerThatSaysWhy() {
        Lookup prices = item -> {
            throw new IllegalArgumentException("nobody sells unicorns");
        };

        assertThat(QuoteDemo.quote("unicorn", prices, currency -> "0.9", pool).join())
                .isEqualTo("unicorn: no price (nobody sells unicorns)");
    }
}
