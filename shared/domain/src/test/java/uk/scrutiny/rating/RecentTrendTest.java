package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

class RecentTrendTest {
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator EET = indicator("EET", Polarity.HIGHER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator SHARE = indicator("SHARE", Polarity.NONE, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator RATE = indicator("RATE", Polarity.LOWER, Unit.ratePer(1000), Frequency.QUARTERLY);
    private static final Indicator COUNT = indicator("COUNT", Polarity.LOWER, Unit.COUNT, Frequency.QUARTERLY);

    private static final long[] THOUSANDS = {1000, 1000, 1000, 1000, 1000};

    private static BigDecimal[] decimals(long... values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = BigDecimal.valueOf(values[i]);
        }
        return out;
    }

    private static RecentTrend trend(Indicator indicator, long[] x, long[] n) {
        AreaSeries series = Series.proportions(indicator, "2025/26 Q2", x, n);
        return RecentTrend.of(indicator, series, series.latest());
    }

    // Published example 1. Cytel, StatXact Example 6, "Cochran-Armitage Exact Test of Trend for Imbalanced Data"
    // (http://www.cytel.com/Products/StatXact/example_06.asp), data of Graubard and Korn (Biometrics, 1987):
    // malformations present 48, 38, 5, 1, 1 of 17114, 14502, 793, 127, 38 births by maternal alcohol consumption.
    // With equally spaced scores (1, 2, 3, 4, 5) the page gives the asymptotic two-sided p-value .1765.
    @Test
    void theStatisticMatchesStatXactsWorkedExample() {
        // GIVEN the five groups as five points
        BigDecimal[] x = decimals(48, 38, 5, 1, 1);
        BigDecimal[] n = decimals(17114, 14502, 793, 127, 38);
        // WHEN chi-squared for trend is computed
        double chi2 = RecentTrend.chiSquared(x, n);
        // THEN by hand: N = 32574, X = 93, sum(x t) = 48 + 76 + 15 + 4 + 5 = 148,
        //   sum(n t) = 17114 + 29004 + 2379 + 508 + 190 = 49195, sum(n t^2) = 17114 + 58008 + 7137 + 2032 + 950 =
        // 85241;
        //   chi2 = 32574 (32574 * 148 - 93 * 49195)^2 / (93 * 32481 * (32574 * 85241 - 49195^2))
        //        = 32574 * 245817^2 / (3020733 * 356492309) = 1.8278
        assertEquals(1.8278, chi2, 0.00005);
        // AND its p-value (1 degree of freedom) is the page's .1765 to the 3 places it agrees on (0.1764 here)
        assertEquals(0.1765, 1 - ChiSquared.cdf(chi2, 1), 0.0002);
    }

    // Published example 2. B. Gerstman, "Binomial outcome, ordinal exposure: test for trend", San Jose State
    // University (https://sjsu.edu/faculty/gerstman/EpiInfo/bin-trend.htm): smokers 17, 76, 34, 32, 20 of
    // 57, 271, 122, 85, 50 by socio-economic status (Chang et al., 1983), scores 1 to 5; Epi Info's
    // "chi square for linear trend" 3.535, p 0.06010. Epi Info uses the Mantel-Haenszel form, which is the
    // Cochran-Armitage statistic times (N - 1) / N.
    @Test
    void theStatisticMatchesEpiInfosWorkedExample() {
        double chi2 = RecentTrend.chiSquared(decimals(17, 76, 34, 32, 20), decimals(57, 271, 122, 85, 50));
        // N = 585: 3.5408 * 584 / 585 = 3.5347, printed 3.535
        assertEquals(3.535, chi2 * 584 / 585, 0.0005);
        assertEquals(0.0601, 1 - ChiSquared.cdf(chi2 * 584 / 585, 1), 0.00005);
    }

    @Test
    void theThresholdIsFingertips99Point8PercentLevel() {
        // chi-squared with 1 degree of freedom exceeded with probability 0.002
        assertEquals(ChiSquared.inverse(0.998, 1), RecentTrend.CRITICAL, 1e-9);
        assertEquals(9.5495, RecentTrend.CRITICAL, 0.00005);
    }

    @Test
    void aSteadyRiseIsSignificantAndPolarityJudgesIt() {
        // GIVEN 100, 120, 140, 160, 180 of 1,000 each (10% to 18%) over 5 quarters
        long[] x = {100, 120, 140, 160, 180};
        // WHEN the trend is judged
        RecentTrend neet = trend(NEET, x, THOUSANDS);
        // THEN by hand: N = 5000, X = 700, sum(x t) = 100 + 240 + 420 + 640 + 900 = 2300, sum(n t) = 15000,
        //   sum(n t^2) = 55000; N sum(x t) - X sum(n t) = 11,500,000 - 10,500,000 = 1,000,000;
        //   chi2 = 5000 * 10^12 / (700 * 4300 * (5000 * 55000 - 15000^2)) = 5 * 10^15 / (3,010,000 * 50,000,000)
        //        = 33.2226 > 9.5495; every point rises, so every leave-one-out slope is positive
        assertEquals(33.2226, neet.chiSquared(), 0.00005);
        assertEquals(RecentTrend.Direction.INCREASING, neet.direction());
        // AND lower is better for NEET: getting worse; higher is better for EET: getting better; none: no judgement
        assertEquals(RecentTrend.Assessment.GETTING_WORSE, neet.assessment());
        assertEquals(
                RecentTrend.Assessment.GETTING_BETTER, trend(EET, x, THOUSANDS).assessment());
        assertNull(trend(SHARE, x, THOUSANDS).assessment());
        assertEquals(
                RecentTrend.Direction.INCREASING, trend(SHARE, x, THOUSANDS).direction());
        assertEquals(
                List.of("2025/26 Q2", "2025/26 Q3", "2025/26 Q4", "2026/27 Q1", "2026/27 Q2"),
                neet.periods().stream().map(Period::text).toList());
        assertEquals(
                "Increasing and getting worse: a significant rise over the last 5 quarters (2025/26 Q2 to 2026/27 Q2),"
                        + " chi-squared for trend 33.22, above 9.55 (the 99.8% level), and it keeps its direction with"
                        + " any one quarter left out.",
                neet.reason());
    }

    @Test
    void aSteadyFallOfALowerIsBetterRateIsGettingBetter() {
        // GIVEN the same figures in reverse as a rate per 1,000 (a rate is taken as numerator / denominator)
        RecentTrend t = trend(RATE, new long[] {180, 160, 140, 120, 100}, THOUSANDS);
        // THEN the same statistic (t and 6 - t give the same squared difference), decreasing, getting better
        assertEquals(33.2226, t.chiSquared(), 0.00005);
        assertEquals(RecentTrend.Direction.DECREASING, t.direction());
        assertEquals(RecentTrend.Assessment.GETTING_BETTER, t.assessment());
    }

    @Test
    void aSmallRiseIsNoSignificantChange() {
        // GIVEN 100, 105, 110, 115, 120 of 1,000: X = 550, sum(x t) = 1700;
        //   N sum(x t) - X sum(n t) = 8,500,000 - 8,250,000 = 250,000;
        //   chi2 = 5000 * 6.25 * 10^10 / (550 * 4450 * 5 * 10^7) = 2.5536, not above 9.5495
        RecentTrend t = trend(NEET, new long[] {100, 105, 110, 115, 120}, THOUSANDS);
        assertEquals(2.5536, t.chiSquared(), 0.00005);
        assertEquals(RecentTrend.Direction.NO_SIGNIFICANT_CHANGE, t.direction());
        assertNull(t.assessment());
        assertEquals(
                "No significant change over the last 5 quarters (2025/26 Q2 to 2026/27 Q2): chi-squared for trend 2.55,"
                        + " not above 9.55 (the 99.8% level).",
                t.reason());
    }

    @Test
    void oneOutlyingPointDoesNotMakeATrend() {
        // GIVEN 100, 102, 98, 101, then 200 of 1,000: X = 601, sum(x t) = 100 + 204 + 294 + 404 + 1000 = 2002;
        //   N sum(x t) - X sum(n t) = 10,010,000 - 9,015,000 = 995,000;
        //   chi2 = 5000 * 995,000^2 / (601 * 4399 * 5 * 10^7) = 37.4471, well above 9.5495
        RecentTrend t = trend(NEET, new long[] {100, 102, 98, 101, 200}, THOUSANDS);
        assertEquals(37.4471, t.chiSquared(), 0.00005);
        // BUT without the fifth point the log-odds fall: log(x / (n - x)) for 100, 102, 98, 101 of 1,000 =
        //   -2.19722, -2.17520, -2.21965, -2.18616; slope = sum((t - 2.5) y) / 5 = -0.00563 / 5 < 0
        assertEquals(RecentTrend.Direction.NO_SIGNIFICANT_CHANGE, t.direction());
        assertEquals(
                "No significant change over the last 5 quarters (2025/26 Q2 to 2026/27 Q2): chi-squared for trend"
                        + " 37.45 is above 9.55 (the 99.8% level), but the trend does not keep its direction with"
                        + " 2026/27 Q2 left out.",
                t.reason());
        // AND the check itself names score 5
        BigDecimal[] x = decimals(100, 102, 98, 101, 200);
        assertEquals(5, RecentTrend.firstPointThatTurnsTheSlope(x, decimals(THOUSANDS), 1));
    }

    @Test
    void noVariationToTestIsNoSignificantChange() {
        // GIVEN no one NEET in any quarter: X = 0, the statistic's denominator is 0
        RecentTrend t = trend(NEET, new long[] {0, 0, 0, 0, 0}, THOUSANDS);
        assertEquals(0.0, t.chiSquared());
        assertEquals(RecentTrend.Direction.NO_SIGNIFICANT_CHANGE, t.direction());
    }

    @Test
    void needsFiveConsecutivePeriodsWithNumeratorsAndDenominators() {
        // GIVEN only 4 quarters
        assertNull(trend(NEET, new long[] {100, 120, 140, 160}, new long[] {1000, 1000, 1000, 1000}));
        // AND 5 quarters where the second has no numerator and denominator
        List<ReportedValue> values =
                new ArrayList<>(Series.proportions(NEET, "2025/26 Q2", new long[] {100, 120, 140, 160, 180}, THOUSANDS)
                        .values());
        values.set(1, Fixtures.value(NEET, LEEDS, "2025/26 Q3", "12.0"));
        AreaSeries series = Series.of(NEET, values);
        assertNull(RecentTrend.of(NEET, series, series.latest()));
        // AND counts have no proportion to test
        assertNull(trend(COUNT, new long[] {100, 120, 140, 160, 180}, THOUSANDS));
    }

    @Test
    void onlyTheLastFiveAreUsed() {
        // GIVEN 6 quarters whose first (900 of 1,000) would reverse the trend if it were included
        AreaSeries series =
                Series.proportions(NEET, "2025/26 Q1", new long[] {900, 100, 120, 140, 160, 180}, new long[] {
                    1000, 1000, 1000, 1000, 1000, 1000
                });
        RecentTrend t = RecentTrend.of(NEET, series, series.latest());
        assertEquals(33.2226, t.chiSquared(), 0.00005);
        assertEquals("2025/26 Q2", t.periods().get(0).text());
    }
}
