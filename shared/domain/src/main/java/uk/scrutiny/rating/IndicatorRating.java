package uk.scrutiny.rating;

import java.util.List;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;

/**
 * One indicator's judgement for the home area.
 *
 * @param latest null when the home area has reported nothing
 * @param series home area first, then the benchmark, then the rest by area code
 * @param trajectory the year-by-year targets, oldest first, future years included (see {@link YearTargets#trajectory})
 */
public record IndicatorRating(
        Indicator indicator,
        Rag rag,
        String reason,
        ReturnDue due,
        Latest latest,
        List<AreaSeries> series,
        List<Target> trajectory) {

    public IndicatorRating {
        series = List.copyOf(series);
        trajectory = trajectory == null ? List.of() : List.copyOf(trajectory);
    }

    /** Without a trajectory. */
    public IndicatorRating(
            Indicator indicator, Rag rag, String reason, ReturnDue due, Latest latest, List<AreaSeries> series) {
        this(indicator, rag, reason, due, latest, series, List.of());
    }

    public boolean overdue() {
        return due.overdue();
    }
}
