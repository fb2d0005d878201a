package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.ENGLAND;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.value;

import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;

class BenchmarkComparisonTest {
    private static final Indicator ATTAINMENT =
            indicator("KS2", Polarity.HIGHER, Unit.PERCENT, Frequency.ACADEMIC_YEAR);
    private static final Indicator ABSENCE = indicator("ABS", Polarity.LOWER, Unit.PERCENT, Frequency.ACADEMIC_YEAR);
    private static final Indicator CLA = indicator("CLA", Polarity.NONE, Unit.ratePer(1000), Frequency.ACADEMIC_YEAR);

    private static BenchmarkComparison compare(
            Indicator indicator, String home, String num, String den, String england) {
        return BenchmarkComparison.of(
                indicator,
                value(indicator, LEEDS, "2022/23", home, num, den),
                ENGLAND,
                england == null ? null : value(indicator, ENGLAND, "2022/23", england));
    }

    @Test
    void aBenchmarkAboveTheIntervalIsWorseWhenHigherIsBetter() {
        // GIVEN Leeds 68.3% from 6218 of 9110 (95% CI 67.29% to 69.20%) and England 76.7%
        BenchmarkComparison c = compare(ATTAINMENT, "68.3", "6218", "9110", "76.7");
        // THEN England lies above the interval: worse, with the interval kept
        assertEquals(Comparison.WORSE, c.comparison());
        assertEquals(67.29, c.interval().lower(), 0.005);
        assertEquals(69.20, c.interval().upper(), 0.005);
        assertEquals("Worse than England (76.7%): 68.3% (95% CI 67.3% to 69.2%).", c.reason());
    }

    @Test
    void theSameGapIsBetterWhenLowerIsBetter() {
        assertEquals(
                Comparison.BETTER,
                compare(ABSENCE, "68.3", "6218", "9110", "76.7").comparison());
        assertEquals(
                Comparison.WORSE,
                compare(ABSENCE, "68.3", "6218", "9110", "60.0").comparison());
    }

    @Test
    void aBenchmarkInsideTheIntervalIsSimilar() {
        // GIVEN England 69.0%, inside 67.29 to 69.20
        BenchmarkComparison c = compare(ATTAINMENT, "68.3", "6218", "9110", "69.0");
        assertEquals(Comparison.SIMILAR, c.comparison());
        assertEquals("Similar to England (69.0%): 68.3% (95% CI 67.3% to 69.2%).", c.reason());
    }

    @Test
    void withoutPolarityItIsHigherOrLower() {
        // GIVEN 677 over 14,075 per 1,000 = 48.10 (95% CI 44.54 to 51.86)
        assertEquals(
                Comparison.HIGHER, compare(CLA, "48.10", "677", "14075", "40.0").comparison());
        assertEquals(
                Comparison.LOWER, compare(CLA, "48.10", "677", "14075", "55.0").comparison());
        assertEquals(
                Comparison.SIMILAR,
                compare(CLA, "48.10", "677", "14075", "51.8").comparison());
    }

    @Test
    void smallCountsUseExactLimits() {
        // GIVEN 5 events over 2,000 per 1,000 = 2.5 (exact 95% CI 0.81 to 5.83) and England 6.0
        BenchmarkComparison c = compare(CLA, "2.5", "5", "2000", "6.0");
        // THEN England is above the exact upper limit of 5.83
        assertEquals(Comparison.LOWER, c.comparison());
        assertEquals(ConfidenceInterval.Method.EXACT_POISSON, c.interval().method());
        assertEquals(5.834, c.interval().upper(), 0.001);
    }

    @Test
    void notComparedWithoutABenchmarkFigureOrWithoutANumeratorAndDenominator() {
        BenchmarkComparison noEngland = compare(ATTAINMENT, "68.3", "6218", "9110", null);
        assertEquals(Comparison.NOT_COMPARED, noEngland.comparison());
        assertNull(noEngland.value());
        assertEquals("Not compared with England: no England figure for 2022/23.", noEngland.reason());

        BenchmarkComparison noCounts = compare(ATTAINMENT, "68.3", null, null, "76.7");
        assertEquals(Comparison.NOT_COMPARED, noCounts.comparison());
        assertNull(noCounts.interval());
        assertEquals(
                "Not compared with England (76.7%): 68.3% has no numerator and denominator to give a "
                        + "confidence interval.",
                noCounts.reason());
    }
}
