package uk.scrutiny.rating;

import java.util.List;
import uk.scrutiny.catalogue.Indicator;

/**
 * One indicator's judgement for the home area.
 *
 * @param latest null when the home area has reported nothing
 * @param series home area first, then the benchmark, then the rest by area code
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
        AreaFigures areas) {

    public IndicatorRating {
        series = List.copyOf(series);
        areas = areas == null ? AreaFigures.NONE : areas;
    }

    public IndicatorRating(
            Indicator indicator, Rag rag, String reason, ReturnDue due, Latest latest, List<AreaSeries> series) {
        this(indicator, rag, reason, due, latest, series, AreaFigures.NONE);
    }

    /** The same judgement with what the areas file adds. */
    public IndicatorRating withAreas(AreaFigures figures) {
        return new IndicatorRating(indicator, rag, reason, due, latest, series, figures);
    }

    public boolean overdue() {
        return due.overdue();
    }
}
