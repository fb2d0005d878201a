package uk.scrutiny.returns;

import java.math.BigDecimal;
import uk.scrutiny.period.Period;

/**
 * One figure a provider reported: an indicator's value for one area in one period, with the
 * numerator and denominator behind it where there are any ("numbers as well as percentages").
 *
 * @param numerator   null when not given
 * @param denominator null when not given
 * @param line        the 1-based line of the return it came from
 * @param withdrawn   true for a withdrawal ({@code action} withdraw): value, numerator and denominator are null
 */
public record Observation(
        String indicatorCode,
        Period period,
        String areaCode,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String note,
        long line,
        boolean withdrawn) {

    public Observation(
            String indicatorCode,
            Period period,
            String areaCode,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String note,
            long line) {
        this(indicatorCode, period, areaCode, value, numerator, denominator, note, line, false);
    }

    /** A provider's withdrawal of a figure: a revision with no value, after which the figure is not published. */
    public static Observation withdrawal(String indicatorCode, Period period, String areaCode, String note, long line) {
        return new Observation(indicatorCode, period, areaCode, null, null, null, note, line, true);
    }

    /** Identifies the figure across files: one indicator, one period, one area. */
    public String identity() {
        return indicatorCode + "|" + period.text() + "|" + areaCode;
    }
}
