package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.d;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.period;
import static uk.scrutiny.rating.Fixtures.value;

import java.time.Instant;
import java.time.LocalDate;
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

class YearTargetsTest {
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator ASSESS = indicator("ASSESS-45", Polarity.HIGHER, Unit.PERCENT, Frequency.MONTHLY);
    private static final Indicator KS4 = indicator("KS4-EM5", Polarity.HIGHER, Unit.PERCENT, Frequency.ACADEMIC_YEAR);
    private static final RatingContext CONTEXT = new RatingContext(
            LocalDate.of(2027, 1, 20), LEEDS, Fixtures.ENGLAND, Instant.parse("2027-01-20T06:00:00Z"));

    private static Target year(Indicator indicator, String year, String target, String tolerance) {
        return new Target(indicator.code(), period(Frequency.FINANCIAL_YEAR, year), d(target), d(tolerance));
    }

    private static Map<Period, Target> byPeriod(Target... targets) {
        Map<Period, Target> map = new HashMap<>();
        for (Target t : targets) {
            map.put(t.period(), t);
        }
        return map;
    }

    @Test
    void aYearTargetAppliesToEveryQuarterOfThatFinancialYearOnly() {
        // GIVEN NEET with only a target for the financial year 2026/27
        Target y2026 = year(NEET, "2026/27", "4.0", "0.3");
        Map<Period, Target> targets = byPeriod(y2026);
        // WHEN the target in force is looked up for each quarter
        // THEN Q1 (April-June 2026) to Q4 (January-March 2027) take it; the quarters either side have none
        for (String q : List.of("2026/27 Q1", "2026/27 Q2", "2026/27 Q3", "2026/27 Q4")) {
            assertSame(y2026, YearTargets.inForce(targets, period(Frequency.QUARTERLY, q)), q);
        }
        assertNull(YearTargets.inForce(targets, period(Frequency.QUARTERLY, "2025/26 Q4")));
        assertNull(YearTargets.inForce(targets, period(Frequency.QUARTERLY, "2027/28 Q1")));
    }

    @Test
    void aYearTargetAppliesToEveryMonthFromAprilToMarch() {
        // GIVEN a monthly indicator with a 2026/27 target
        Target y2026 = year(ASSESS, "2026/27", "90.0", "3.0");
        Map<Period, Target> targets = byPeriod(y2026);
        // THEN April 2026 to March 2027 take it (12 months); March 2026 and April 2027 do not
        int months = 0;
        for (Period p = period(Frequency.MONTHLY, "2026-04");
                !p.equals(period(Frequency.MONTHLY, "2027-04"));
                p = p.next()) {
            assertSame(y2026, YearTargets.inForce(targets, p), p.text());
            months++;
        }
        assertEquals(12, months);
        assertNull(YearTargets.inForce(targets, period(Frequency.MONTHLY, "2026-03")));
        assertNull(YearTargets.inForce(targets, period(Frequency.MONTHLY, "2027-04")));
    }

    @Test
    void aTargetForTheExactPeriodWinsOverTheYears() {
        // GIVEN a 2026/27 target of 4.0 and a Q3 target of 4.5 (a seasonal peak)
        Target y2026 = year(NEET, "2026/27", "4.0", "0.3");
        Target q3 = Fixtures.target(NEET, "2026/27 Q3", "4.5", "0.3");
        Map<Period, Target> targets = byPeriod(y2026, q3);
        // THEN Q3 takes its own, Q2 and Q4 the year's
        assertSame(q3, YearTargets.inForce(targets, period(Frequency.QUARTERLY, "2026/27 Q3")));
        assertSame(y2026, YearTargets.inForce(targets, period(Frequency.QUARTERLY, "2026/27 Q2")));
        assertSame(y2026, YearTargets.inForce(targets, period(Frequency.QUARTERLY, "2026/27 Q4")));
    }

    @Test
    void anAnnualIndicatorHasNoYearFallback() {
        // GIVEN an academic-year indicator with a 2025/26 target only
        Target t = Fixtures.target(KS4, "2025/26", "46.0", "2.0");
        Map<Period, Target> targets = byPeriod(t);
        assertSame(t, YearTargets.inForce(targets, period(Frequency.ACADEMIC_YEAR, "2025/26")));
        assertNull(YearTargets.inForce(targets, period(Frequency.ACADEMIC_YEAR, "2026/27")));
    }

    @Test
    void theReasonNamesTheYearTheTargetCameFromAndTheFigureIsAnException() {
        // GIVEN NEET 4.6% in 2026/27 Q3, with only the 2026/27 target: 4.0%, tolerance 0.3
        Targets targets = Targets.of(List.of(year(NEET, "2026/27", "4.0", "0.3")));
        List<uk.scrutiny.returns.ReportedValue> values = List.of(value(NEET, LEEDS, "2026/27 Q3", "4.6"));
        // WHEN rated
        Summary summary = new RatingEngine().rate(Catalogue.of(List.of(NEET)), targets, values, CONTEXT);
        IndicatorRating neet = summary.indicators().get(0);
        // THEN 4.6 - 4.0 = 0.6 points above, beyond 0.3: red, against "the 2026/27 target of 4.0%"
        assertEquals(Rag.RED, neet.rag());
        assertEquals(
                "Red: 4.6% is 0.6 points above the 2026/27 target of 4.0%, beyond the 0.3 point tolerance.",
                neet.reason());
        assertEquals("2026/27", neet.latest().target().period().text());
        // AND it is listed as an exception, not "No target"
        assertEquals(List.of(neet), summary.exceptions().offTarget());
        // AND the chart point carries the same target
        SeriesPoint point = neet.series().get(0).points().get(0);
        assertEquals("2026/27", point.target().period().text());
        assertEquals(Rag.RED, point.rag());
    }

    @Test
    void aPeriodTargetKeepsItsShortReason() {
        // GIVEN NEET 4.6% against its own Q3 target of 4.5% (tolerance 0.3) and a year target of 4.0%
        TargetRating rating = TargetRating.of(
                NEET,
                period(Frequency.QUARTERLY, "2026/27 Q3"),
                d("4.6"),
                YearTargets.inForce(
                        byPeriod(
                                year(NEET, "2026/27", "4.0", "0.3"), Fixtures.target(NEET, "2026/27 Q3", "4.5", "0.3")),
                        period(Frequency.QUARTERLY, "2026/27 Q3")));
        // THEN 0.1 points above the quarter's own target: amber, worded as before
        assertEquals(
                "Amber: 4.6% is 0.1 points above the 4.5% target, within the 0.3 point tolerance.", rating.reason());
    }

    @Test
    void withNoTargetAtAllTheReasonSaysNeitherThePeriodNorItsYearHasOne() {
        TargetRating rating = TargetRating.of(NEET, period(Frequency.QUARTERLY, "2026/27 Q3"), d("4.6"), null);
        assertEquals(Rag.NO_TARGET, rating.rag());
        assertEquals("No target set for 2026/27 Q3 nor for the financial year 2026/27.", rating.reason());
    }

    @Test
    void theTrajectoryIsTheYearTargetsInOrderFutureYearsIncluded() {
        // GIVEN NEET targets for three years (given out of order) and two quarters
        Target y2026 = year(NEET, "2026/27", "4.0", "0.3");
        Target y2027 = year(NEET, "2027/28", "3.8", "0.3");
        Target y2028 = year(NEET, "2028/29", "3.5", "0.3");
        Map<Period, Target> targets = byPeriod(
                y2028,
                Fixtures.target(NEET, "2025/26 Q4", "4.2", "0.3"),
                y2026,
                Fixtures.target(NEET, "2026/27 Q3", "4.5", "0.3"),
                y2027);
        // THEN the trajectory is the three year targets, oldest first; the quarters' own are not in it
        assertEquals(List.of(y2026, y2027, y2028), YearTargets.trajectory(NEET, targets));
        // AND an annual indicator's trajectory is all its targets
        Target a = Fixtures.target(KS4, "2025/26", "46.0", "2.0");
        Target b = Fixtures.target(KS4, "2026/27", "47.0", "2.0");
        assertEquals(List.of(a, b), YearTargets.trajectory(KS4, byPeriod(b, a)));
    }

    @Test
    void theEngineCarriesTheTrajectoryEvenWithoutFigures() {
        Targets targets = Targets.of(List.of(year(NEET, "2027/28", "3.8", "0.3"), year(NEET, "2026/27", "4.0", "0.3")));
        IndicatorRating neet = new RatingEngine()
                .rate(Catalogue.of(List.of(NEET)), targets, List.of(), CONTEXT)
                .indicators()
                .get(0);
        assertEquals(Rag.NO_DATA, neet.rag());
        assertEquals(
                List.of("2026/27", "2027/28"),
                neet.trajectory().stream().map(t -> t.period().text()).toList());
    }
}
