package uk.scrutiny.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rolls indicators up to the improvement priorities and outcomes they serve, in the order the
 * catalogue first names them, so the board sees its plan's own order.
 */
public final class Rollup {
    private Rollup() {}

    public static List<PriorityRating> priorities(List<IndicatorRating> indicators) {
        Map<String, List<IndicatorRating>> byPriority = new LinkedHashMap<>();
        for (IndicatorRating r : indicators) {
            byPriority
                    .computeIfAbsent(r.indicator().priorityCode(), k -> new ArrayList<>())
                    .add(r);
        }
        List<PriorityRating> priorities = new ArrayList<>();
        byPriority.forEach((code, members) -> {
            RagCounts counts =
                    RagCounts.of(members.stream().map(IndicatorRating::rag).toList());
            priorities.add(new PriorityRating(
                    code,
                    members.get(0).indicator().priorityTitle(),
                    members.get(0).indicator().outcome(),
                    counts.rollup(),
                    counts,
                    members.stream().map(m -> m.indicator().code()).toList()));
        });
        return priorities;
    }

    /** An outcome counts its indicators directly, so a big priority weighs as much as its indicators. */
    public static List<OutcomeRating> outcomes(List<IndicatorRating> indicators) {
        Map<String, List<IndicatorRating>> byOutcome = new LinkedHashMap<>();
        for (IndicatorRating r : indicators) {
            byOutcome
                    .computeIfAbsent(r.indicator().outcome(), k -> new ArrayList<>())
                    .add(r);
        }
        List<OutcomeRating> outcomes = new ArrayList<>();
        byOutcome.forEach((name, members) -> {
            RagCounts counts =
                    RagCounts.of(members.stream().map(IndicatorRating::rag).toList());
            Set<String> priorityCodes = new LinkedHashSet<>();
            members.forEach(m -> priorityCodes.add(m.indicator().priorityCode()));
            outcomes.add(new OutcomeRating(name, counts.rollup(), counts, List.copyOf(priorityCodes)));
        });
        return outcomes;
    }
}
