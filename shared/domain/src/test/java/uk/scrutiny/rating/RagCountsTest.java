package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RagCountsTest {

    @Test
    void countsEachLight() {
        RagCounts counts = RagCounts.of(List.of(Rag.GREEN, Rag.RED, Rag.GREEN, Rag.NO_DATA, Rag.NO_TARGET, Rag.AMBER));
        assertEquals(new RagCounts(2, 1, 1, 1, 1), counts);
    }

    @Test
    void oneRedMakesTheRollUpRed() {
        assertEquals(
                RollupRag.RED,
                RagCounts.of(List.of(Rag.GREEN, Rag.GREEN, Rag.RED, Rag.AMBER)).rollup());
    }

    @Test
    void amberWithoutRedIsAmber() {
        assertEquals(
                RollupRag.AMBER,
                RagCounts.of(List.of(Rag.GREEN, Rag.AMBER, Rag.NO_DATA)).rollup());
    }

    @Test
    void greenWhenTheOnlyRatedIndicatorsAreGreen() {
        assertEquals(
                RollupRag.GREEN,
                RagCounts.of(List.of(Rag.GREEN, Rag.NO_TARGET, Rag.NO_DATA)).rollup());
    }

    @Test
    void unratedWhenNothingIsRated() {
        assertEquals(
                RollupRag.UNRATED,
                RagCounts.of(List.of(Rag.NO_TARGET, Rag.NO_DATA)).rollup());
        assertEquals(RollupRag.UNRATED, RagCounts.of(List.of()).rollup());
    }
}
