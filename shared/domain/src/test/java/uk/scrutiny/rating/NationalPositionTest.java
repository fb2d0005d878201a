package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;

class NationalPositionTest {
    private static final Period YEAR = Period.parse(Frequency.ACADEMIC_YEAR, "2025/26");

    private static List<BigDecimal> values(String... v) {
        return Stream.of(v).map(BigDecimal::new).toList();
    }

    /** Twelve councils, the home area's 61.2 among them; sorted: 50 52 54 56 58 60 61.2 62 64 66 68 70. */
    private static final List<BigDecimal> TWELVE =
            values("62", "50", "70", "61.2", "54", "66", "52", "58", "68", "56", "64", "60");

    @Test
    void higherIsBetterRanksFromTheTopAndTheBestQuartileIsD() {
        // GIVEN the twelve councils and higher is better
        // WHEN the home area's 61.2 is placed
        NationalPosition p = NationalPosition.of(Polarity.HIGHER, d("61.2"), TWELVE, YEAR);
        // THEN five councils are higher (62 64 66 68 70), so it is 6th of 12
        assertEquals(6, p.rank());
        assertEquals(12, p.of());
        // AND h = 11p: Q1 = x[2] + 0.75 (x[3] - x[2]) = 54 + 1.5 = 55.5; median = x[5] + 0.5 (61.2 - 60) = 60.6;
        //     Q3 = x[8] + 0.25 (x[9] - x[8]) = 64 + 0.5 = 64.5; 61.2 is above 60.6 and at most 64.5: quartile C
        assertEquals(values("50", "55.5", "60.6", "64.5", "70"), p.cuts());
        assertEquals("C", p.quartile());
        assertEquals("D", p.bestQuartile());
        assertEquals("6th of 12 councils; quartile C (the best is D)", p.reason());
    }

    @Test
    void lowerIsBetterRanksFromTheBottomWithTheSameBandAndTheBestQuartileIsA() {
        // GIVEN the same twelve councils, lower is better
        NationalPosition p = NationalPosition.of(Polarity.LOWER, d("61.2"), TWELVE, YEAR);
        // THEN six are lower (50 52 54 56 58 60): 7th; the band is by value, still C; the best is A
        assertEquals(7, p.rank());
        assertEquals("C", p.quartile());
        assertEquals("A", p.bestQuartile());
        assertEquals("7th of 12 councils; quartile C (the best is A)", p.reason());
    }

    @Test
    void tenCouncilsAreEnoughAndATieIsSaidToBeJoint() {
        // GIVEN exactly ten councils, two of them (the home area and another) on the lowest value, 5
        List<BigDecimal> ten = values("5", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        // WHEN lower is better
        NationalPosition p = NationalPosition.of(Polarity.LOWER, d("5"), ten, YEAR);
        // THEN both share 1st; h = 9p: Q1 = 6 + 0.25 = 6.25, so 5 is in A, the best
        assertEquals(1, p.rank());
        assertEquals(values("5", "6.25", "8.5", "10.75", "13"), p.cuts());
        assertEquals("joint 1st of 10 councils; quartile A (the best is A)", p.reason());
    }

    @Test
    void fewerThanTenCouncilsGiveNoRankOrBandWithTheReason() {
        // GIVEN nine councils with a figure
        List<BigDecimal> nine = values("5", "6", "7", "8", "9", "10", "11", "12", "13");
        // WHEN placed
        NationalPosition p = NationalPosition.of(Polarity.LOWER, d("9"), nine, YEAR);
        // THEN there is no rank, band or cuts, and the reason says why
        assertNull(p.rank());
        assertNull(p.quartile());
        assertNull(p.bestQuartile());
        assertNull(p.cuts());
        assertEquals(9, p.of());
        assertEquals(
                "Not ranked: only 9 councils have a figure for 2025/26; a national rank and quartile need at"
                        + " least 10.",
                p.reason());
    }

    @Test
    void noPolarityGivesNoRankOrBandWithTheReason() {
        // GIVEN the twelve councils and an indicator without a polarity
        NationalPosition p = NationalPosition.of(Polarity.NONE, d("61.2"), TWELVE, YEAR);
        // THEN nothing is ranked
        assertNull(p.rank());
        assertNull(p.quartile());
        assertNull(p.cuts());
        assertEquals(12, p.of());
        assertEquals(
                "Not ranked: for this indicator a higher or lower figure is neither better nor worse.", p.reason());
    }
}
