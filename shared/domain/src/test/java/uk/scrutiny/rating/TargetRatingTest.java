package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.scrutiny.rating.Fixtures.d;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.target;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;

class TargetRatingTest {
    private static final Indicator ATTENDANCE =
            indicator("ATT", Polarity.HIGHER, Unit.PERCENT, Frequency.ACADEMIC_YEAR);
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Period YEAR = Period.parse(Frequency.ACADEMIC_YEAR, "2022/23");
    private static final Period Q2 = Period.parse(Frequency.QUARTERLY, "2023/24 Q2");

    private static TargetRating rate(Indicator indicator, Period period, String value, Target target) {
        return TargetRating.of(indicator, period, d(value), target);
    }

    // GIVEN higher is better, a target of 95.0 and a tolerance of 1.0 (so amber down to 94.0, inclusive)
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "96.0, GREEN",
        "95.0, GREEN", // on the target: met
        "94.9, AMBER",
        "94.0, AMBER", // exactly at the tolerance: still amber
        "93.9, RED"
    })
    void higherIsBetterBoundariesAreInclusive(String value, Rag expected) {
        Target target = target(ATTENDANCE, "2022/23", "95.0", "1.0");
        // WHEN the figure is rated
        // THEN the light is as hand-worked
        assertEquals(expected, rate(ATTENDANCE, YEAR, value, target).rag());
    }

    // GIVEN lower is better, a target of 8.9 and a tolerance of 1.0 (so amber up to 9.9, inclusive)
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"8.0, GREEN", "8.9, GREEN", "9.5, AMBER", "9.9, AMBER", "10.0, RED"})
    void lowerIsBetterMirrorsIt(String value, Rag expected) {
        Target target = target(NEET, "2023/24 Q2", "8.9", "1.0");
        assertEquals(expected, rate(NEET, Q2, value, target).rag());
    }

    @Test
    void aBlankToleranceIsFivePercentOfTheTarget() {
        // GIVEN a NEET target of 8.9 with no tolerance: 5% of 8.9 = 0.445, so amber up to 9.345
        Target target = target(NEET, "2023/24 Q2", "8.9", null);
        // WHEN figures either side of 9.345 are rated
        // THEN 9.345 is amber (inclusive) and 9.346 red
        assertEquals(Rag.AMBER, rate(NEET, Q2, "9.345", target).rag());
        assertEquals(Rag.RED, rate(NEET, Q2, "9.346", target).rag());
        // AND the reason says where the tolerance came from
        assertEquals(
                "Red: 9.346% is 0.446 points above the 8.9% target, beyond the 0.445 point tolerance (5% of the target).",
                rate(NEET, Q2, "9.346", target).reason());
    }

    @Test
    void theReasonSaysByHowMuchAndWhichWay() {
        // GIVEN the Leeds NEET figure of 9.5% against a target of 8.9% with a 1.0 point tolerance
        Target target = target(NEET, "2023/24 Q2", "8.9", "1.0");
        // WHEN it is rated
        TargetRating rating = rate(NEET, Q2, "9.5", target);
        // THEN a councillor reads the gap in points
        assertEquals(
                "Amber: 9.5% is 0.6 points above the 8.9% target, within the 1.0 point tolerance.", rating.reason());
    }

    @Test
    void ratesPerNAreWordedWithTheirBase() {
        // GIVEN children looked after per 10,000, lower is better, target 95.0 with tolerance 2.5
        Indicator cla = indicator("CLA", Polarity.LOWER, Unit.ratePer(10000), Frequency.FINANCIAL_YEAR);
        Target target = new Target("CLA", Period.parse(Frequency.FINANCIAL_YEAR, "2022/23"), d("95.0"), d("2.5"));
        // WHEN 102.3 is rated
        TargetRating rating = TargetRating.of(cla, target.period(), d("102.3"), target);
        // THEN it is red by 7.3 per 10,000
        assertEquals(Rag.RED, rating.rag());
        assertEquals(
                "Red: 102.3 per 10,000 is 7.3 per 10,000 above the 95.0 per 10,000 target, "
                        + "beyond the tolerance of 2.5 per 10,000.",
                rating.reason());
    }

    @Test
    void aDefaultToleranceIsShownAsPreciselyAsItsTarget() {
        // GIVEN a rate target of 80.0 per 10,000 with no tolerance: 5% is 4.0
        Indicator cla = indicator("CLA", Polarity.LOWER, Unit.ratePer(10000), Frequency.FINANCIAL_YEAR);
        Target target = new Target("CLA", Period.parse(Frequency.FINANCIAL_YEAR, "2022/23"), d("80.0"), null);
        // WHEN 81.1 is rated
        TargetRating rating = TargetRating.of(cla, target.period(), d("81.1"), target);
        // THEN amber, within 4.0 (not "4")
        assertEquals(
                "Amber: 81.1 per 10,000 is 1.1 per 10,000 above the 80.0 per 10,000 target, "
                        + "within the tolerance of 4.0 per 10,000 (5% of the target).",
                rating.reason());
    }

    @Test
    void meetingTheTargetExactlyIsSaidSo() {
        Target target = target(ATTENDANCE, "2022/23", "95.0", "1.0");
        assertEquals(
                "Green: 95.0% meets the 95.0% target.",
                rate(ATTENDANCE, YEAR, "95.0", target).reason());
    }

    @Test
    void noTargetForThePeriodGivesNoTarget() {
        // GIVEN a target only for another period
        // WHEN the figure is rated with none for its own period
        TargetRating rating = rate(ATTENDANCE, YEAR, "96.0", null);
        // THEN it is not rated
        assertEquals(Rag.NO_TARGET, rating.rag());
        assertEquals("No target set for 2022/23.", rating.reason());
    }

    @Test
    void polarityNoneIsNeverRatedEvenWithATarget() {
        Indicator referrals = indicator("REF", Polarity.NONE, Unit.COUNT, Frequency.ACADEMIC_YEAR);
        Target target = target(referrals, "2022/23", "1000", "50");
        assertEquals(Rag.NO_TARGET, rate(referrals, YEAR, "900", target).rag());
    }

    @Test
    void noValueIsNoData() {
        Target target = target(ATTENDANCE, "2022/23", "95.0", "1.0");
        assertEquals(Rag.NO_DATA, rate(ATTENDANCE, YEAR, null, target).rag());
    }
}
