package course.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The given RangeWork, whose figures the lab page shows: they are what these tests say they are. */
class RangeWorkTest {

    @Test
    void theDivisionsCountedAreThoseIsPrimeTries() {
        assertThat(RangeWork.divisions(1)).isZero();
        assertThat(RangeWork.divisions(3)).isZero();   // no divisor d with d * d <= 3
        assertThat(RangeWork.divisions(4)).isEqualTo(1); // 2 divides it
        assertThat(RangeWork.divisions(25)).isEqualTo(4); // 2, 3, 4, 5
        assertThat(RangeWork.divisions(97)).isEqualTo(8); // a prime: 2 to 9, every one
    }

    @Test
    void workThatGrowsLikeTheNumberWouldMakeTheLastOfFourRangesSevenTimesTheFirst() {
        // The ranges [0, N/4) and [3N/4, N): their sums are about N²/32 and 7N²/32.
        assertThat(RangeWork.ratio(2_000_000, 4, n -> n)).isCloseTo(7.0, within(0.001));
        assertThat(RangeWork.ratio(2_000_000, 4, Math::sqrt)).isCloseTo((Math.pow(4, 1.5) - Math.pow(3, 1.5)), within(0.01));
    }

    @Test
    void theDivisionsIsPrimeTriesGrowMuchMoreSlowlyThanTheNumbers() {
        double divisions = RangeWork.ratio(2_000_000, 4, n -> RangeWork.divisions((int) n));

        assertThat(divisions).isGreaterThan(1.5).isLessThan(RangeWork.ratio(2_000_000, 4, Math::sqrt));
    }

    @Test
    void theReportPrintsEveryRatio() {
        String report = RangeWork.report(2_000, 4, 1.5);

        assertThat(report.lines()).hasSize(5).first().asString()
                .isEqualTo("The last of 4 equal ranges below 2,000 against the first:");
        assertThat(report).contains("like the number:   7.01 times", "(measured here):     1.50 times");
    }
}
