package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.value;

import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

class TravelTest {
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator ATTENDANCE = indicator("ATT", Polarity.HIGHER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator REFERRALS = indicator("REF", Polarity.NONE, Unit.COUNT, Frequency.QUARTERLY);

    private static Travel travel(Indicator indicator, ReportedValue latest, ReportedValue earlier) {
        Period earlierPeriod = earlier == null ? latest.period().previous() : earlier.period();
        return Travel.between(indicator, latest, earlierPeriod, earlier);
    }

    @Test
    void aFallIsImprovingWhenLowerIsBetterAndWorseningWhenHigherIsBetter() {
        // GIVEN a figure that fell from 10.1 to 9.5
        // WHEN it is judged under each polarity
        // THEN lower-is-better improves, higher-is-better worsens, no polarity decreases
        assertEquals(
                DirectionOfTravel.IMPROVING,
                travel(NEET, value(NEET, LEEDS, "2023/24 Q2", "9.5"), value(NEET, LEEDS, "2023/24 Q1", "10.1"))
                        .direction());
        assertEquals(
                DirectionOfTravel.WORSENING,
                travel(
                                ATTENDANCE,
                                value(ATTENDANCE, LEEDS, "2023/24 Q2", "9.5"),
                                value(ATTENDANCE, LEEDS, "2023/24 Q1", "10.1"))
                        .direction());
        assertEquals(
                DirectionOfTravel.DECREASING,
                travel(
                                REFERRALS,
                                value(REFERRALS, LEEDS, "2023/24 Q2", "950"),
                                value(REFERRALS, LEEDS, "2023/24 Q1", "1010"))
                        .direction());
    }

    @Test
    void aRiseIsIncreasingWithoutPolarityAndTheSameFigureIsNoChange() {
        assertEquals(
                DirectionOfTravel.INCREASING,
                travel(
                                REFERRALS,
                                value(REFERRALS, LEEDS, "2023/24 Q2", "1010"),
                                value(REFERRALS, LEEDS, "2023/24 Q1", "950"))
                        .direction());
        Travel same = travel(NEET, value(NEET, LEEDS, "2023/24 Q2", "9.50"), value(NEET, LEEDS, "2023/24 Q1", "9.5"));
        assertEquals(DirectionOfTravel.NO_CHANGE, same.direction());
        assertEquals("No change: 9.50% in 2023/24 Q2, the same as in 2023/24 Q1.", same.reason());
    }

    @Test
    void aMissingEarlierFigureIsNotComparable() {
        // GIVEN no figure for the quarter before
        Travel travel = travel(NEET, value(NEET, LEEDS, "2023/24 Q2", "9.5"), null);
        // THEN nothing is claimed
        assertEquals(DirectionOfTravel.NOT_COMPARABLE, travel.direction());
        assertNull(travel.significant());
        assertEquals("Not comparable: no figure for 2023/24 Q1 to compare 2023/24 Q2 with.", travel.reason());
    }

    @Test
    void aChangeIsSignificantOnlyWhenTheIntervalsDoNotOverlap() {
        // GIVEN 1,000 of 10,000 (Wilson 9.43% to 10.60%) then 800 of 10,000 (7.48% to 8.55%): no overlap
        Travel big = travel(
                NEET,
                value(NEET, LEEDS, "2023/24 Q2", "8.0", "800", "10000"),
                value(NEET, LEEDS, "2023/24 Q1", "10.0", "1000", "10000"));
        assertEquals(Boolean.TRUE, big.significant());
        assertEquals(
                "Improving: 8.0% in 2023/24 Q2, down 2.0 points from 10.0% in 2023/24 Q1 "
                        + "(a significant change: the 95% confidence intervals do not overlap).",
                big.reason());

        // GIVEN 100 of 1,000 (8.29% to 12.02%) then 95 of 1,000 (7.83% to 11.48%): overlapping
        Travel small = travel(
                NEET,
                value(NEET, LEEDS, "2023/24 Q2", "9.5", "95", "1000"),
                value(NEET, LEEDS, "2023/24 Q1", "10.0", "100", "1000"));
        assertEquals(Boolean.FALSE, small.significant());

        // GIVEN no numerator and denominator for the earlier figure: cannot say
        Travel unknown = travel(
                NEET, value(NEET, LEEDS, "2023/24 Q2", "9.5", "95", "1000"), value(NEET, LEEDS, "2023/24 Q1", "10.0"));
        assertNull(unknown.significant());
    }
}
