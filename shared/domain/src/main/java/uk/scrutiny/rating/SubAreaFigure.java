package uk.scrutiny.rating;

import java.math.BigDecimal;

/**
 * One sub-area's published figure. A suppressed one carries no figure at all (value, numerator,
 * denominator, interval, comparison and rank are null), only why it is suppressed, so nothing
 * downstream can publish it by mistake.
 *
 * @param comparison against the home area's value for the period: BETTER, WORSE or SIMILAR as the
 *                   sub-area's 95% interval lies wholly below or above it or contains it (HIGHER or
 *                   LOWER without a polarity); NOT_COMPARED without an interval or a home value
 * @param rank       among the published sub-areas, 1 best; null without a polarity
 * @param of         the published sub-areas ranked; null without a rank
 * @param suppressed null when published
 */
public record SubAreaFigure(
        String area,
        String name,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        ConfidenceInterval interval,
        Comparison comparison,
        Integer rank,
        Integer of,
        Suppression suppressed) {

    static SubAreaFigure withheld(String area, String name, Suppression why) {
        return new SubAreaFigure(area, name, null, null, null, null, null, null, null, why);
    }
}
