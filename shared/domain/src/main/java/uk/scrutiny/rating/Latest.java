package uk.scrutiny.rating;

import java.util.List;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.returns.ReportedValue;

/**
 * Everything a board is told about the home area's latest figure.
 *
 * @param target            null when none is in force for the period (its own, or its financial year's)
 * @param sinceYearEarlier  null for annual indicators, where the previous period already is a year earlier
 * @param outlook           the forecast, at-risk, turning-the-curve and recent-trend judgements
 */
public record Latest(
        ReportedValue reported,
        Target target,
        TargetRating rating,
        Travel sincePrevious,
        Travel sinceYearEarlier,
        BenchmarkComparison benchmark,
        List<ComparatorValue> comparators,
        Outlook outlook) {

    public Latest {
        comparators = List.copyOf(comparators);
        outlook = outlook == null ? Outlook.NONE : outlook;
    }

    /** Without an outlook. */
    public Latest(
            ReportedValue reported,
            Target target,
            TargetRating rating,
            Travel sincePrevious,
            Travel sinceYearEarlier,
            BenchmarkComparison benchmark,
            List<ComparatorValue> comparators) {
        this(reported, target, rating, sincePrevious, sinceYearEarlier, benchmark, comparators, Outlook.NONE);
    }
}
