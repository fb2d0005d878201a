package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.value;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.returns.ReportedValue;

class DisclosureTest {
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator EXCLUSIONS =
            indicator("EXCL-PERM", Polarity.LOWER, Unit.COUNT, Frequency.ACADEMIC_YEAR);

    private static ReportedValue neet(String area, String numerator, String denominator) {
        return value(NEET, area, "2026/27 Q2", null, numerator, denominator);
    }

    @Test
    void oneSmallNumberIsSuppressedAndTheNextSmallestWithIt() {
        // GIVEN four clusters with numerators 68, 3, 9 and 7
        List<ReportedValue> figures = List.of(
                neet("CL-ARMLEY", "68", "1020"),
                neet("CL-BRAMLEY", "3", "410"),
                neet("CL-WETHERBY", "9", "780"),
                neet("CL-OTLEY", "7", "640"));
        // WHEN disclosure control is applied with the default threshold, 5
        Map<String, Suppression> s = Disclosure.suppressed(figures, Unit.PERCENT, Disclosure.DEFAULT_THRESHOLD);
        // THEN 3 (from 1 to 4) is a small number; being the only one, the next smallest (7) is hidden too,
        // or 3 would be the home total less the other three
        assertEquals(Map.of("CL-BRAMLEY", Suppression.SMALL_NUMBER, "CL-OTLEY", Suppression.SECONDARY), s);
        assertEquals("small number", Suppression.SMALL_NUMBER.text());
        assertEquals("secondary", Suppression.SECONDARY.text());
    }

    @Test
    void oneToFourAreSuppressedButZeroAndFiveArePublished() {
        // GIVEN numerators 0, 1, 4 and 5
        List<ReportedValue> figures =
                List.of(neet("A", "0", "100"), neet("B", "1", "100"), neet("C", "4", "100"), neet("D", "5", "100"));
        // WHEN suppressed at 5
        Map<String, Suppression> s = Disclosure.suppressed(figures, Unit.PERCENT, 5);
        // THEN 1 and 4 are small numbers; two are suppressed, so no secondary is needed: 0 and 5 are published
        assertEquals(Map.of("B", Suppression.SMALL_NUMBER, "C", Suppression.SMALL_NUMBER), s);
    }

    @Test
    void aCountIsJudgedByItsValue() {
        // GIVEN permanent exclusions (a count) of 3, 12 and 6 by cluster, with no numerator column
        List<ReportedValue> figures = List.of(
                value(EXCLUSIONS, "A", "2025/26", "3"),
                value(EXCLUSIONS, "B", "2025/26", "12"),
                value(EXCLUSIONS, "C", "2025/26", "6"));
        // THEN 3 is a small number, and 6 (the next smallest) is secondary
        assertEquals(
                Map.of("A", Suppression.SMALL_NUMBER, "C", Suppression.SECONDARY),
                Disclosure.suppressed(figures, Unit.COUNT, 5));
    }

    @Test
    void aTieForTheNextSmallestGoesToTheFirstCode() {
        List<ReportedValue> figures =
                List.of(neet("Z", "2", "50"), neet("Y", "8", "90"), neet("X", "8", "80"), neet("W", "20", "90"));
        assertEquals(
                Map.of("Z", Suppression.SMALL_NUMBER, "X", Suppression.SECONDARY),
                Disclosure.suppressed(figures, Unit.PERCENT, 5));
    }

    @Test
    void aFigureWithoutANumeratorCannotBeJudgedAndIsPublished() {
        // GIVEN a percent given as a value only, and one small numerator
        List<ReportedValue> figures =
                List.of(value(NEET, "A", "2026/27 Q2", "1.2"), neet("B", "2", "100"), neet("C", "40", "900"));
        // THEN only the small numerator and the next smallest numerator (40) are suppressed
        assertEquals(
                Map.of("B", Suppression.SMALL_NUMBER, "C", Suppression.SECONDARY),
                Disclosure.suppressed(figures, Unit.PERCENT, 5));
    }

    @Test
    void theThresholdIsAParameter() {
        // GIVEN a threshold of 10 (SuppressionThreshold): 9 is now small, 10 is not
        List<ReportedValue> figures = List.of(neet("A", "9", "100"), neet("B", "10", "100"), neet("C", "11", "100"));
        assertEquals(
                Map.of("A", Suppression.SMALL_NUMBER, "B", Suppression.SECONDARY),
                Disclosure.suppressed(figures, Unit.PERCENT, 10));
        // AND at 5 nothing is suppressed
        assertEquals(Map.of(), Disclosure.suppressed(figures, Unit.PERCENT, 5));
    }
}
