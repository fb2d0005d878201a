package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.d;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.period;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

class ForecastTest {
    private static final Indicator CLA =
            indicator("CLA-RATE", Polarity.LOWER, Unit.ratePer(10000), Frequency.QUARTERLY);
    private static final Indicator EXCL = indicator("EXCL-PERM", Polarity.LOWER, Unit.COUNT, Frequency.ACADEMIC_YEAR);
    private static final Indicator TEEN =
            indicator("TEEN-CONC", Polarity.LOWER, Unit.ratePer(1000), Frequency.CALENDAR_YEAR);
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);

    private static Forecast forecast(Indicator indicator, AreaSeries series) {
        return Forecast.after(indicator, series, series.latest().period());
    }

    @Test
    void theStraightLineThroughTheLastFivePeriodsContinuedOnePeriod() {
        // GIVEN children looked after per 10,000 for 6 quarters: 72.4 (2025/26 Q1), then 72.8, 73.1, 73.4, 73.8, 74.9
        AreaSeries series = Series.from(CLA, "2025/26 Q1", "72.4", "72.8", "73.1", "73.4", "73.8", "74.9");
        // WHEN the forecast is made
        Forecast f = forecast(CLA, series);
        // THEN only the last 5 are used (x = 1..5): mean y = 368.0 / 5 = 73.6;
        //   Sxy = (-2)(-0.8) + (-1)(-0.5) + 0(-0.2) + 1(0.2) + 2(1.3) = 4.9, Sxx = 10, slope 0.49;
        //   at x = 6: 73.6 + 0.49 * 3 = 75.07, reported to 1 place as the figures are: 75.1 in 2026/27 Q3
        assertEquals(period(Frequency.QUARTERLY, "2026/27 Q3"), f.period());
        assertEquals(d("75.1"), f.value());
        assertEquals(0, d("0.49").compareTo(f.slope()));
        assertEquals(
                List.of("2025/26 Q2", "2025/26 Q3", "2025/26 Q4", "2026/27 Q1", "2026/27 Q2"),
                f.basis().stream().map(Period::text).toList());
        assertEquals(
                "If nothing changes: 75.1 per 10,000 in 2026/27 Q3, continuing the least-squares straight line through"
                        + " the last 5 quarters (2025/26 Q2 to 2026/27 Q2), which rises 0.49 per 10,000 a quarter.",
                f.reason());
    }

    @Test
    void threeConsecutivePointsAreEnough() {
        // GIVEN permanent exclusions 10, 12, 17 over three academic years
        AreaSeries series = Series.from(EXCL, "2023/24", "10", "12", "17");
        // WHEN the forecast is made
        Forecast f = forecast(EXCL, series);
        // THEN x = 1..3, mean 13, Sxy = (-1)(-3) + 0 + 1(4) = 7, Sxx = 2, slope 3.5; at x = 4: 13 + 3.5 * 2 = 20
        assertEquals(d("20"), f.value());
        assertEquals("2026/27", f.period().text());
        assertEquals(3, f.basis().size());
    }

    @Test
    void aGapEndsTheRunAndFewerThanThreeGiveNoForecast() {
        // GIVEN 2025/26 Q1 and Q2, no Q3, then Q4 and 2026/27 Q1
        AreaSeries twoAfterGap = Series.from(NEET, "2025/26 Q1", "4.4", "4.1", null, "4.6", "4.5");
        // THEN only the 2 after the gap count: no forecast
        assertNull(forecast(NEET, twoAfterGap));
        // AND with a third after the gap, those three are used: 4.6, 4.5, 4.6 gives mean 4.5667, slope 0,
        //   so 4.5667, to 1 place 4.6
        AreaSeries threeAfterGap = Series.from(NEET, "2025/26 Q1", "4.4", "4.1", null, "4.6", "4.5", "4.6");
        Forecast f = forecast(NEET, threeAfterGap);
        assertEquals(
                List.of("2025/26 Q4", "2026/27 Q1", "2026/27 Q2"),
                f.basis().stream().map(Period::text).toList());
        assertEquals(d("4.6"), f.value());
        assertEquals(0, f.slope().signum());
        assertEquals(
                "If nothing changes: 4.6% in 2026/27 Q3, continuing the least-squares straight line through the last"
                        + " 3 quarters (2025/26 Q4 to 2026/27 Q2), which is flat.",
                f.reason());
    }

    @Test
    void aRowWithOnlyANoteIsAGap() {
        // GIVEN 4 quarters where the third carries only a note
        List<ReportedValue> values = List.of(
                Fixtures.value(NEET, LEEDS, "2025/26 Q1", "4.4"),
                Fixtures.value(NEET, LEEDS, "2025/26 Q2", "4.1"),
                new ReportedValue(
                        "NEET",
                        LEEDS,
                        period(Frequency.QUARTERLY, "2025/26 Q3"),
                        null,
                        null,
                        null,
                        "suppressed",
                        "provider",
                        "k",
                        Fixtures.RECEIVED,
                        1),
                Fixtures.value(NEET, LEEDS, "2025/26 Q4", "4.6"));
        // THEN only 1 figure runs up to the latest: no forecast
        assertNull(forecast(NEET, Series.of(NEET, values)));
    }

    @Test
    void theLineIsWorkedInExactDecimalsSoAHalfRoundsUp() {
        // GIVEN teenage conceptions per 1,000: 17.1, 16.3, 16.0, 15.4 (2020 to 2023)
        AreaSeries series = Series.from(TEEN, "2020", "17.1", "16.3", "16.0", "15.4");
        // THEN mean 16.2; Sxy = (-1.5)(0.9) + (-0.5)(0.1) + 0.5(-0.2) + 1.5(-0.8) = -2.7, Sxx = 5, slope -0.54;
        //   at x = 5: 16.2 - 0.54 * 2.5 = 14.85 exactly, which rounds half up to 14.9 (in binary floating point
        //   it would come out as 14.8499... and round down)
        Forecast f = forecast(TEEN, series);
        assertEquals(d("14.9"), f.value());
        assertEquals("2024", f.period().text());
    }

    @Test
    void aForecastIsNeverBelowZero() {
        // GIVEN a percent falling 2.5, 1.5, 0.3
        AreaSeries series = Series.from(NEET, "2025/26 Q1", "2.5", "1.5", "0.3");
        // THEN mean 1.4333, Sxy = (-1)(2.5) + 1(0.3) = -2.2 over Sxx = 2: slope -1.1; at x = 4: 1.4333 - 2.2 = -0.77,
        //   which no percentage can be: 0.0
        Forecast f = forecast(NEET, series);
        assertEquals(d("0.0"), f.value());
        assertEquals(
                "If nothing changes: 0.0% in 2025/26 Q4 (the line goes below 0, so 0 is taken), continuing the"
                        + " least-squares straight line through the last 3 quarters (2025/26 Q1 to 2025/26 Q3), which"
                        + " falls 1.10 points a quarter.",
                f.reason());
    }

    @Test
    void aPercentageIsNeverForecastAbove100() {
        // GIVEN 98.0, 99.0, 99.9: slope (99.9 - 98.0) / 2 = 0.95, mean 98.9667; at x = 4: 98.9667 + 1.9 = 100.87
        AreaSeries series = Series.from(NEET, "2025/26 Q1", "98.0", "99.0", "99.9");
        assertEquals(d("100.0"), forecast(NEET, series).value());
    }
}
