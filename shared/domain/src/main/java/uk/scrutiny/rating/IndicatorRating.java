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
 * @param areas  national rank, groups, sub-areas and every council's figure ({@link AreaFigures#NONE}
 *               without an areas file)
 */
public record IndicatorRating(
        Indicator indicator,
        Rag rag,
        String reason,
        ReturnDue due,
        Latest latest,
        List<AreaSeries> series,
        List<Target> trajectory,
        AreaFigures areas) {

    public IndicatorRating {
        series = List.copyOf(series);
        trajectory = trajectory == null ? List.of() : List.copyOf(trajectory);
        areas = areas == null ? AreaFigures.NONE : areas;
    }

    /** Without a trajectory or an areas file. */
    public IndicatorRating(
            Indicator indicator, Rag rag, String reason, ReturnDue due, Latest latest, List<AreaSeries> series) {
        this(indicator, rag, reason, due, latest, series, List.of(), AreaFigures.NONE);
    }

    /** Without an areas file. */
    public IndicatorRating(
            Indicator indicator,
            Rag rag,
            String reason,
            ReturnDue due,
            Latest latest,
            List<AreaSeries> series,
            List<Target> trajectory) {
        this(indicator, rag, reason, due, latest, series, trajectory, AreaFigures.NONE);
    }

    /** The same judgement with what the areas file adds. */
    public IndicatorRating withAreas(AreaFigures figures) {
        return new IndicatorRating(indicator, rag, reason, due, latest, series, trajectory, figures);
    }

    public boolean overdue() {
        return due.overdue();
    }
}
