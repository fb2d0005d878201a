package uk.scrutiny.rating;

import java.util.List;
import uk.scrutiny.catalogue.Indicator;

/**
 * One indicator's judgement for the home area.
 *
 * @param latest null when the home area has reported nothing
 * @param series home area first, then the benchmark, then the rest by area code
 */
public record IndicatorRating(
        Indicator indicator, Rag rag, String reason, ReturnDue due, Latest latest, List<AreaSeries> series) {

    public IndicatorRating {
        series = List.copyOf(series);
    }

    public boolean overdue() {
        return due.overdue();
    }
}
