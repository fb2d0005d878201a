package uk.scrutiny.returns;

import java.math.BigDecimal;
import java.time.Instant;
import uk.scrutiny.period.Period;

/**
 * The current value of one indicator for one area and period, as readers see it: the latest
 * accepted submission, where it came from, and how many times it has been submitted.
 *
 * @param revisions how many accepted submissions there have been for this figure (1 = never revised)
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
        int revisions) {}
