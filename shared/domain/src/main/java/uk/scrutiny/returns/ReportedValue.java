package uk.scrutiny.returns;

import java.math.BigDecimal;
import java.time.Instant;
import uk.scrutiny.period.Period;

/**
 * The current value of one indicator for one area and period, as readers see it: the latest
 * accepted submission, where it came from, and how many times it has been submitted.
 *
 * @param revisions how many accepted submissions there have been for this figure (1 = never revised)
 * @param withdrawn true when the latest submission withdrew the figure: it has no value and is not rated
 */
public record ReportedValue(
        String indicatorCode,
        String areaCode,
        Period period,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String note,
        String provider,
        String sourceKey,
        Instant receivedAt,
        int revisions,
        boolean withdrawn) {

    public ReportedValue(
            String indicatorCode,
            String areaCode,
            Period period,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String note,
            String provider,
            String sourceKey,
            Instant receivedAt,
            int revisions) {
        this(
                indicatorCode,
                areaCode,
                period,
                value,
                numerator,
                denominator,
                note,
                provider,
                sourceKey,
                receivedAt,
                revisions,
                false);
    }
}
