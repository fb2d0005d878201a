package uk.scrutiny.rating;

import java.util.List;

/** An outcome rolled up from the indicators of its priorities. */
public record OutcomeRating(String name, RollupRag rag, RagCounts counts, List<String> priorityCodes) {
    public OutcomeRating {
        priorityCodes = List.copyOf(priorityCodes);
    }
}
