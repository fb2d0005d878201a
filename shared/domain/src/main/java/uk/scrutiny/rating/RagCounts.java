package uk.scrutiny.rating;

import java.util.Collection;

/** How many indicators have each traffic light, and the roll-up those give a priority or outcome. */
public record RagCounts(int green, int amber, int red, int noTarget, int noData) {

    public static RagCounts of(Collection<Rag> rags) {
        int[] counts = new int[Rag.values().length];
        for (Rag rag : rags) {
            counts[rag.ordinal()]++;
        }
        return new RagCounts(
                counts[Rag.GREEN.ordinal()],
                counts[Rag.AMBER.ordinal()],
                counts[Rag.RED.ordinal()],
                counts[Rag.NO_TARGET.ordinal()],
                counts[Rag.NO_DATA.ordinal()]);
    }

    public int count(Rag rag) {
        return switch (rag) {
            case GREEN -> green;
            case AMBER -> amber;
            case RED -> red;
            case NO_TARGET -> noTarget;
            case NO_DATA -> noData;
        };
    }

    /** The worst light among the rated indicators: one red indicator makes a red priority. */
    public RollupRag rollup() {
        if (red > 0) {
            return RollupRag.RED;
        }
        if (amber > 0) {
            return RollupRag.AMBER;
        }
        if (green > 0) {
            return RollupRag.GREEN;
        }
        return RollupRag.UNRATED;
    }
}
