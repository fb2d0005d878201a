package uk.scrutiny.rating;

import java.util.List;

/** An improvement priority rolled up from its indicators. */
public record PriorityRating(
        String code, String title, String outcome, RollupRag rag, RagCounts counts, List<String> indicatorCodes) {
    public PriorityRating {
        indicatorCodes = List.copyOf(indicatorCodes);
    }
}
