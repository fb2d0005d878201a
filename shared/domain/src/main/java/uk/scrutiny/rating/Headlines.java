package uk.scrutiny.rating;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.scrutiny.commentary.Commentary;
import uk.scrutiny.commentary.CommentaryBook;

/**
 * Every indicator's and priority's headline rating: the performance team's judged rating for the
 * latest period when there is one, else the computed one. "The latest period" is, for an
 * indicator, the period of its latest figure (commentary on an earlier period is history, and an
 * indicator with no figure has no headline but its computed rating); for a priority, the latest
 * period its commentary is for.
 */
public final class Headlines {
    public static final Headlines NONE = new Headlines(Map.of(), Map.of());

    private final Map<String, Headline> indicators;
    private final Map<String, Headline> priorities;

    private Headlines(Map<String, Headline> indicators, Map<String, Headline> priorities) {
        this.indicators = Map.copyOf(indicators);
        this.priorities = Map.copyOf(priorities);
    }

    public static Headlines of(Summary summary, CommentaryBook book) {
        if (book.isEmpty()) {
            return NONE;
        }
        Map<String, Headline> indicators = new LinkedHashMap<>();
        for (IndicatorRating r : summary.indicators()) {
            if (r.latest() == null) {
                continue;
            }
            book.forIndicator(r.indicator().code(), r.latest().reported().period())
                    .map(CommentaryBook.Entry::commentary)
                    .ifPresent(c -> indicators.put(
                            r.indicator().code(), headline(c, r.rag().name())));
        }
        Map<String, Headline> priorities = new LinkedHashMap<>();
        for (PriorityRating p : summary.priorities()) {
            book.latestForPriority(p.code())
                    .map(CommentaryBook.Entry::commentary)
                    .ifPresent(c -> priorities.put(p.code(), headline(c, p.rag().name())));
        }
        return new Headlines(indicators, priorities);
    }

    /**
     * A priority's headline from the commentary alone, given its computed roll-up: for a summary
     * assembled from stored per-indicator results, where no {@link Summary} has every priority.
     */
    public static Headline priority(String code, String computed, CommentaryBook book) {
        return book.latestForPriority(code)
                .map(CommentaryBook.Entry::commentary)
                .map(c -> headline(c, computed))
                .orElseGet(() -> Headline.computed(computed));
    }

    private static Headline headline(Commentary c, String computed) {
        return new Headline(
                c.judgedRating() == null ? computed : c.judgedRating().name(),
                c.judgedRating() == null ? null : c,
                c.hasStory() ? c : null);
    }

    /** The indicator's headline; its computed rating when nothing is judged. */
    public Headline indicator(IndicatorRating r) {
        return Optional.ofNullable(indicators.get(r.indicator().code()))
                .orElseGet(() -> Headline.computed(r.rag().name()));
    }

    /** The indicator's headline rating as a {@link Rag}. */
    public Rag indicatorRag(IndicatorRating r) {
        return Rag.valueOf(indicator(r).rag());
    }

    /** The priority's headline; its computed roll-up when nothing is judged. */
    public Headline priority(PriorityRating p) {
        return priority(p.code(), p.rag().name());
    }

    /** The headline of the priority with this code and computed roll-up. */
    public Headline priority(String code, String computed) {
        return Optional.ofNullable(priorities.get(code)).orElseGet(() -> Headline.computed(computed));
    }
}
