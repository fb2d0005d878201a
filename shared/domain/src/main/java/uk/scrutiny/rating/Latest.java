package uk.scrutiny.rating;

import java.util.List;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.returns.ReportedValue;

/**
 * Everything a board is told about the home area's latest figure.
 *
 * @param target            null when none is set for the period
 * @param sinceYearEarlier  null for annual indicators, where the previous period already is a year earlier
 */
public record Latest(
        ReportedValue reported,
        Target target,
        TargetRating rating,
        Travel sincePrevious,
        Travel sinceYearEarlier,
        BenchmarkComparison benchmark,
        List<ComparatorValue> comparators) {

    public Latest {
        comparators = List.copyOf(comparators);
    }
}
