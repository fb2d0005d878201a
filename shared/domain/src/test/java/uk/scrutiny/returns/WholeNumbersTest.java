package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.returns.ReturnReaderTest.HEADER;
import static uk.scrutiny.returns.ReturnReaderTest.read;

import org.junit.jupiter.api.Test;
import uk.scrutiny.returns.ReturnReaderTest.Result;
import uk.scrutiny.validation.Problem;

/** Counts are whole numbers: a count, and a percent's or rate's numerator and denominator. */
class WholeNumbersTest {

    @Test
    void aCountWithAFraction() {
        // GIVEN 14.5 permanent exclusions
        Result r = read("schools", HEADER + "EXCL-PERM,2024/25,E08000035,14.5,,,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("value", p.column());
        assertEquals(
                "value 14.5 is not a whole number: a count is a number of people or events, such as 14 or 15.",
                p.message());
    }

    @Test
    void aCountGivenAsAFractionalNumerator() {
        Result r = read("schools", HEADER + "EXCL-PERM,2024/25,E08000035,,14.5,,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("numerator", p.column());
        assertEquals(
                "numerator 14.5 is not a whole number: a count is a number of people or events, such as 14 or 15.",
                p.message());
    }

    @Test
    void aPercentsFractionalNumerator() {
        // GIVEN a NEET numerator weighted from a survey: 780.5 of 18960
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,E08000035,,780.5,18960,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("numerator", p.column());
        assertEquals(
                "numerator 780.5 is not a whole number: the numerator and denominator of a percent count people or"
                        + " events, so both are whole numbers. Give the counts, or leave both empty and give the value.",
                p.message());
    }

    @Test
    void aRatesFractionalDenominator() {
        // GIVEN a population estimate with a fraction, for children looked after per 10,000
        Result r = read("social-care", HEADER + "CLA-RATE,2025/26 Q1,E08000035,,1427,190400.6,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("denominator", p.column());
        assertEquals(
                "denominator 190400.6 is not a whole number: the numerator and denominator of a rate per 10000"
                        + " count people or events, so both are whole numbers. Give the counts, or leave both empty and"
                        + " give the value.",
                p.message());
    }

    @Test
    void bothFractionsAreReported() {
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,E08000035,,780.5,18960.5,\n");
        assertEquals("2:numerator 2:denominator", r.summary());
    }

    @Test
    void wholeNumbersWrittenWithDecimalsOrExponentsAreWhole() {
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,E08000035,,780.0,18960.00,
                NEET,2025/26 Q1,E08000035,,7.8E2,1.896E4,
                """);
        assertTrue(r.problems().isEmpty(), r::summary);
        Result count = read("schools", HEADER + "EXCL-PERM,2024/25,E08000035,14.0,,,\n");
        assertTrue(count.problems().isEmpty(), count::summary);
    }

    @Test
    void aPlainNumberMayHaveFractionsAndAValueMayToo() {
        // GIVEN an average class size (unit number) from fractional parts, and a percent value with decimals
        Result r = read("schools", HEADER + """
                CLASS-SIZE,2024/25,E08000035,,5320.5,200.5,
                KS2-RWM,2024/25,E08000035,61.2,,,
                """);
        assertTrue(r.problems().isEmpty(), r::summary);
    }

    @Test
    void aDenominatorMustBeAboveZero() {
        // (already a rule; kept here beside the whole-number rules it goes with)
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,E08000035,,0,0.00,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("denominator", p.column());
        assertEquals("denominator is 0: it must be above 0.", p.message());
    }
}
