package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.d;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.period;
import static uk.scrutiny.rating.Fixtures.target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

class AtRiskTest {
    private static final Indicator KS4 = indicator("KS4-EM5", Polarity.HIGHER, Unit.PERCENT, Frequency.ACADEMIC_YEAR);
    private static final Indicator CLA =
            indicator("CLA-RATE", Polarity.LOWER, Unit.ratePer(10000), Frequency.QUARTERLY);

    /** GCSE 5+ English and maths: 46.1, 41.9, 43.4, 43.9, 45.1 (2021/22 to 2025/26). */
    private static final String[] KS4_FIGURES = {"46.1", "41.9", "43.4", "43.9", "45.1"};

    /** Children looked after per 10,000: 72.8, 73.1, 73.4, 73.8, 74.9 (2025/26 Q2 to 2026/27 Q2); forecast 75.1. */
    private static final String[] CLA_FIGURES = {"72.8", "73.1", "73.4", "73.8", "74.9"};

    private static Map<Period, Target> byPeriod(Target... targets) {
        Map<Period, Target> map = new HashMap<>();
        for (Target t : targets) {
            map.put(t.period(), t);
        }
        return map;
    }

    private static AtRisk judge(Indicator indicator, AreaSeries series, Map<Period, Target> targets) {
        ReportedValue latest = series.latest();
        Target target = YearTargets.inForce(targets, latest.period());
        TargetRating now = TargetRating.of(indicator, latest.period(), latest.value(), target);
        return Outlook.of(indicator, series, latest, now, target, targets).atRisk();
    }

    @Test
    void anAmberIndicatorWhoseForecastMissesNextYearsTargetByMoreThanTheToleranceIsAtRiskOfRed() {
        // GIVEN 45.1% in 2025/26 against 46.0% (tolerance 2.0): 0.9 short, amber;
        //   and the trajectory's 2026/27 target of 47.0% (tolerance 2.0)
        AreaSeries series = Series.from(KS4, "2021/22", KS4_FIGURES);
        Map<Period, Target> targets =
                byPeriod(target(KS4, "2025/26", "46.0", "2.0"), target(KS4, "2026/27", "47.0", "2.0"));
        // WHEN judged: mean 220.4 / 5 = 44.08; Sxy = (-2)(2.02) + (-1)(-2.18) + 0 + 1(-0.18) + 2(1.02) = 0, so the
        //   line is flat and the 2026/27 forecast is 44.08, 44.1 to 1 place: 2.9 below 47.0, beyond 2.0: red
        AtRisk risk = judge(KS4, series, targets);
        // THEN at risk from amber to red, rated against the 2026/27 target
        assertEquals(Rag.AMBER, risk.from());
        assertEquals(Rag.RED, risk.to());
        assertEquals("2026/27", risk.period().text());
        assertEquals("2026/27", risk.targetPeriod().text());
        assertEquals(
                "At risk of red: amber now, but red in 2026/27 if nothing changes. The forecast 44.1% is 2.9 points"
                        + " below the 47.0% target, beyond the 2.0 point tolerance.",
                risk.reason());
    }

    @Test
    void withoutATargetForTheForecastPeriodTheLatestTargetIsUsed() {
        // GIVEN 74.9 per 10,000 in 2026/27 Q2 against that quarter's 75.0 (tolerance 1.5): green;
        //   no target for Q3 nor for 2026/27 as a year
        AreaSeries series = Series.from(CLA, "2025/26 Q2", CLA_FIGURES);
        Map<Period, Target> targets = byPeriod(target(CLA, "2026/27 Q2", "75.0", "1.5"));
        // WHEN judged: the Q3 forecast 75.1 (ForecastTest) is 0.1 above 75.0, within 1.5: amber
        AtRisk risk = judge(CLA, series, targets);
        // THEN at risk from green to amber, against the Q2 target
        assertEquals(Rag.GREEN, risk.from());
        assertEquals(Rag.AMBER, risk.to());
        assertEquals("2026/27 Q2", risk.targetPeriod().text());
        assertEquals(
                "At risk of amber: green now, but amber in 2026/27 Q3 if nothing changes. The forecast 75.1 per 10,000"
                        + " is 0.1 per 10,000 above the 2026/27 Q2 target of 75.0 per 10,000, within the tolerance of"
                        + " 1.5 per 10,000. No target is set for 2026/27 Q3 yet, so the latest figure's target is"
                        + " used.",
                risk.reason());
    }

    @Test
    void theForecastQuarterTakesItsFinancialYearsTarget() {
        // GIVEN Q2 green against its own 76.0; the 2026/27 year target is 74.0 (tolerance 1.5)
        AreaSeries series = Series.from(CLA, "2025/26 Q2", CLA_FIGURES);
        Map<Period, Target> targets = byPeriod(
                target(CLA, "2026/27 Q2", "76.0", "1.5"),
                new Target("CLA-RATE", period(Frequency.FINANCIAL_YEAR, "2026/27"), d("74.0"), d("1.5")));
        // WHEN judged: Q3's forecast 75.1 against the year's 74.0 is 1.1 above, within 1.5: amber
        AtRisk risk = judge(CLA, series, targets);
        // THEN green to amber, against "the 2026/27 target of 74.0 per 10,000"
        assertEquals(Rag.AMBER, risk.to());
        assertEquals("2026/27", risk.targetPeriod().text());
        assertEquals(
                "At risk of amber: green now, but amber in 2026/27 Q3 if nothing changes. The forecast 75.1 per 10,000"
                        + " is 1.1 per 10,000 above the 2026/27 target of 74.0 per 10,000, within the tolerance of 1.5"
                        + " per 10,000.",
                risk.reason());
    }

    @Test
    void noRiskWhenTheForecastIsRatedTheSameOrBetter() {
        // GIVEN amber now (45.1 vs 46.0, tolerance 2.0) and no 2026/27 target: the forecast 44.1 against 46.0 is
        //   1.9 short, within 2.0: still amber
        AreaSeries series = Series.from(KS4, "2021/22", KS4_FIGURES);
        assertNull(judge(KS4, series, byPeriod(target(KS4, "2025/26", "46.0", "2.0"))));
        // AND green now with a green forecast (75.1 against a Q3 target of 76.0)
        AreaSeries cla = Series.from(CLA, "2025/26 Q2", CLA_FIGURES);
        assertNull(judge(
                CLA,
                cla,
                byPeriod(target(CLA, "2026/27 Q2", "76.0", "1.5"), target(CLA, "2026/27 Q3", "76.0", "1.5"))));
    }

    @Test
    void onlyGreenAndAmberCanBeAtRisk() {
        // GIVEN red now: 74.9 against 72.0 (tolerance 1.5); and no target at all
        AreaSeries series = Series.from(CLA, "2025/26 Q2", CLA_FIGURES);
        assertNull(judge(CLA, series, byPeriod(target(CLA, "2026/27 Q2", "72.0", "1.5"))));
        assertNull(judge(CLA, series, byPeriod()));
    }

    @Test
    void noForecastNoRisk() {
        // GIVEN only two quarters, green now and far worse next quarter on any line
        AreaSeries series = Series.from(CLA, "2026/27 Q1", "60.0", "74.9");
        assertNull(judge(CLA, series, byPeriod(target(CLA, "2026/27 Q2", "75.0", "1.5"))));
    }

    @Test
    void theSummaryListsThoseAtRiskOfRedFirst() {
        // GIVEN CLA green at risk of amber (listed first in the catalogue) and KS4 amber at risk of red
        Catalogue catalogue = Catalogue.of(List.of(CLA, KS4));
        Targets targets = Targets.of(List.of(
                target(CLA, "2026/27 Q2", "75.0", "1.5"),
                target(KS4, "2025/26", "46.0", "2.0"),
                target(KS4, "2026/27", "47.0", "2.0")));
        List<ReportedValue> values = new ArrayList<>();
        values.addAll(Series.from(CLA, "2025/26 Q2", CLA_FIGURES).values());
        values.addAll(Series.from(KS4, "2021/22", KS4_FIGURES).values());
        // WHEN rated
        Summary summary = new RatingEngine()
                .rate(
                        catalogue,
                        targets,
                        values,
                        new RatingContext(
                                LocalDate.of(2026, 11, 25),
                                LEEDS,
                                Fixtures.ENGLAND,
                                Instant.parse("2026-11-25T06:00:00Z")));
        // THEN the list has KS4 (to red) before CLA (to amber)
        assertEquals(
                List.of("KS4-EM5", "CLA-RATE"),
                AtRisk.listed(summary.indicators()).stream()
                        .map(r -> r.indicator().code())
                        .toList());
    }
}
