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
        Exceptions exceptions,
        List<RatingProblem> problems) {

    public Summary {
        outcomes = List.copyOf(outcomes);
        priorities = List.copyOf(priorities);
        indicators = List.copyOf(indicators);
        problems = List.copyOf(problems);
    }

    /** The same judgement with more indicators that could not be rated or published. */
    public Summary withProblems(List<RatingProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RatingProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Summary(context, counts, outcomes, priorities, indicators, exceptions, all);
    }

    public Instant generatedAt() {
        return context.generatedAt();
    }

    public LocalDate asOf() {
        return context.asOf();
    }
}
