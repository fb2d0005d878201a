package uk.scrutiny.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The whole judgement of one rating run: what the dashboard shows. */
public record Summary(
        RatingContext context,
        RagCounts counts,
        List<OutcomeRating> outcomes,
        List<PriorityRating> priorities,
        List<IndicatorRating> indicators,
        Exceptions exceptions) {

    public Summary {
        outcomes = List.copyOf(outcomes);
        priorities = List.copyOf(priorities);
        indicators = List.copyOf(indicators);
    }

    public Instant generatedAt() {
        return context.generatedAt();
    }

    public LocalDate asOf() {
        return context.asOf();
    }
}
