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
        List<RatingProblem> problems,
        Headlines headlines) {

    public Summary {
        outcomes = List.copyOf(outcomes);
        priorities = List.copyOf(priorities);
        indicators = List.copyOf(indicators);
        problems = List.copyOf(problems);
        headlines = headlines == null ? Headlines.NONE : headlines;
    }

    /** Without commentary: every headline is the computed rating. */
    public Summary(
            RatingContext context,
            RagCounts counts,
            List<OutcomeRating> outcomes,
            List<PriorityRating> priorities,
            List<IndicatorRating> indicators,
            Exceptions exceptions,
            List<RatingProblem> problems) {
        this(context, counts, outcomes, priorities, indicators, exceptions, problems, Headlines.NONE);
    }

    /**
     * The same judgement with the performance team's judged ratings as headlines: the red and amber
     * exceptions are then listed by headline rating (an indicator judged GREEN leaves them, one
     * judged AMBER or RED joins them), each with its computed rating beside it.
     */
    public Summary withHeadlines(Headlines judged) {
        return new Summary(
                context,
                counts,
                outcomes,
                priorities,
                indicators,
                Exceptions.of(indicators, judged::indicatorRag),
                problems,
                judged);
    }

    /** The same judgement with more indicators that could not be rated or published. */
    public Summary withProblems(List<RatingProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RatingProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Summary(context, counts, outcomes, priorities, indicators, exceptions, all, headlines);
    }

    public Instant generatedAt() {
        return context.generatedAt();
    }

    public LocalDate asOf() {
        return context.asOf();
    }
}
