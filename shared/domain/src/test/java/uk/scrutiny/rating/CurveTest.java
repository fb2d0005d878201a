package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.d;
import static uk.scrutiny.rating.Fixtures.indicator;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;

class CurveTest {
    private static final Indicator TEEN =
            indicator("TEEN-CONC", Polarity.LOWER, Unit.ratePer(1000), Frequency.CALENDAR_YEAR);
    private static final Indicator GLD = indicator("GLD", Polarity.HIGHER, Unit.PERCENT, Frequency.ACADEMIC_YEAR);
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator CLA_NUM = indicator("CLA-NUM", Polarity.NONE, Unit.COUNT, Frequency.MONTHLY);

    private static Curve curve(Indicator indicator, AreaSeries series) {
        return Curve.of(indicator, series, series.latest());
    }

    @Test
    void aLowerIsBetterFigureBelowItsBaselineTurnedTheCurve() {
        // GIVEN conceptions per 1,000: 17.1, 16.3, 16.0, 15.4 (2020-2023), then 14.4 in 2024
        AreaSeries series = Series.from(TEEN, "2020", "17.1", "16.3", "16.0", "15.4", "14.4");
        // WHEN the curve is judged: the baseline from 2020-2023 is 14.85, 14.9 to 1 place (ForecastTest)
        Curve c = curve(TEEN, series);
        // THEN 14.4 is below 14.9, and lower is better: turned
        assertEquals(Curve.Status.TURNED, c.status());
        assertEquals(d("14.9"), c.forecast());
        assertEquals(
                List.of("2020", "2021", "2022", "2023"),
                c.basis().stream().map(Period::text).toList());
        assertEquals(
                "Turned the curve: 14.4 per 1,000 in 2024 is better than the 14.9 per 1,000 expected if nothing had"
                        + " changed (the straight line through the 4 years 2020 to 2023, continued to 2024; lower is"
                        + " better).",
                c.reason());
    }

    @Test
    void aHigherIsBetterFigureBelowItsBaselineHasNotTurned() {
        // GIVEN a good level of development: 62.0, 64.4, 64.9, 65.4 (2021/22-2024/25), then 65.9
        AreaSeries series = Series.from(GLD, "2021/22", "62.0", "64.4", "64.9", "65.4", "65.9");
        // WHEN judged: mean 64.175; Sxy = (-1.5)(-2.175) + (-0.5)(0.225) + 0.5(0.725) + 1.5(1.225) = 5.35,
        //   Sxx = 5, slope 1.07; at x = 5: 64.175 + 1.07 * 2.5 = 66.85, 66.9 to 1 place
        Curve c = curve(GLD, series);
        // THEN 65.9 is below 66.9 and higher is better: not turned
        assertEquals(Curve.Status.NOT_TURNED, c.status());
        assertEquals(d("66.9"), c.forecast());
        assertEquals(
                "Not turned: 65.9% in 2025/26 is worse than the 66.9% expected if nothing had changed (the straight"
                        + " line through the 4 years 2021/22 to 2024/25, continued to 2025/26; higher is better).",
                c.reason());
    }

    @Test
    void theSameAsTheBaselineIsNotTurned() {
        // GIVEN NEET 4.4, 4.1, 4.5, 4.6, 4.5 (2025/26 Q1 to 2026/27 Q1), then 4.6 in 2026/27 Q2
        AreaSeries series = Series.from(NEET, "2025/26 Q1", "4.4", "4.1", "4.5", "4.6", "4.5", "4.6");
        // WHEN judged: mean 22.1 / 5 = 4.42; Sxy = (-2)(-0.02) + (-1)(-0.32) + 0 + 1(0.18) + 2(0.08) = 0.7, slope 0.07;
        //   at x = 6: 4.42 + 0.07 * 3 = 4.63, 4.6 to 1 place
        Curve c = curve(NEET, series);
        // THEN the same: not turned
        assertEquals(Curve.Status.NOT_TURNED, c.status());
        assertEquals(d("4.6"), c.forecast());
        assertEquals(5, c.basis().size());
        assertEquals(
                "Not turned: 4.6% in 2026/27 Q2 is the same as the 4.6% expected if nothing had changed (the straight"
                        + " line through the 5 quarters 2025/26 Q1 to 2026/27 Q1, continued to 2026/27 Q2; lower is"
                        + " better).",
                c.reason());
    }

    @Test
    void aComputedFigureIsComparedAsItIsShown() {
        // GIVEN the same NEET baseline of 4.6% (4.63 to 1 place), and 881 of 19,170 = 4.595722% stored for
        //   2026/27 Q2, which reads 4.6%
        AreaSeries series = Series.from(NEET, "2025/26 Q1", "4.4", "4.1", "4.5", "4.6", "4.5", "4.595722");
        // WHEN judged
        Curve c = curve(NEET, series);
        // THEN 4.6 against 4.6: the same, not turned (4.595722 is below 4.6 only in digits nobody is shown)
        assertEquals(Curve.Status.NOT_TURNED, c.status());
        assertEquals(
                "Not turned: 4.6% in 2026/27 Q2 is the same as the 4.6% expected if nothing had changed (the straight"
                        + " line through the 5 quarters 2025/26 Q1 to 2026/27 Q1, continued to 2026/27 Q2; lower is"
                        + " better).",
                c.reason());
    }

    @Test
    void noCurveForPolarityNone() {
        AreaSeries series = Series.from(CLA_NUM, "2026-05", "1398", "1405", "1411", "1419");
        assertNull(curve(CLA_NUM, series));
    }

    @Test
    void noCurveWithFewerThanThreeConsecutivePointsJustBeforeTheLatest() {
        // GIVEN 3 points, so only 2 before the latest
        assertNull(curve(NEET, Series.from(NEET, "2025/26 Q1", "4.4", "4.1", "4.5")));
        // AND a gap just before the latest: the earlier run does not forecast the latest period
        assertNull(curve(NEET, Series.from(NEET, "2025/26 Q1", "4.4", "4.1", "4.5", "4.6", null, "4.6")));
    }
}
