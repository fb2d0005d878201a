package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.period.Period;

/**
 * The home area's place among all councils with a figure for its latest period, as DfE's LAIT
 * shows it: a rank by polarity (1 is best, ties share the best rank), the quartile band its value
 * falls in, and the cut points. Without a polarity, or with fewer than {@value #MINIMUM} councils,
 * there is no rank or band, and the reason says why.
 *
 * @param rank         null when not ranked
 * @param of           councils with a figure for the period, the home area included
 * @param quartile     "A" (lowest values) to "D" (highest), null when not ranked
 * @param bestQuartile "D" when higher is better, "A" when lower is; null when not ranked
 * @param cuts         minimum, lower quartile, median, upper quartile, maximum; null when not ranked
 */
public record NationalPosition(
        Integer rank, int of, String quartile, String bestQuartile, List<BigDecimal> cuts, String reason) {

    /** Fewer councils than this give no rank or quartile: four quartiles of a handful mean little. */
    public static final int MINIMUM = 10;

    public NationalPosition {
        cuts = cuts == null ? null : List.copyOf(cuts);
    }

    /**
     * @param home     the home area's value for the period
     * @param councils every council's value for the period (authorities and the home area), the home's included
     */
    public static NationalPosition of(
            Polarity polarity, BigDecimal home, Collection<BigDecimal> councils, Period period) {
        int of = councils.size();
        if (polarity == Polarity.NONE) {
            return new NationalPosition(
                    null,
                    of,
                    null,
                    null,
                    null,
                    "Not ranked: for this indicator a higher or lower figure is neither better nor worse.");
        }
        if (of < MINIMUM) {
            return new NationalPosition(
                    null,
                    of,
                    null,
                    null,
                    null,
                    "Not ranked: " + (of == 1 ? "only 1 council has" : "only " + of + " councils have")
                            + " a figure for " + period.text() + "; a national rank and quartile need at least "
                            + MINIMUM + ".");
        }
        int rank = Ranking.rank(home, councils, polarity);
        List<BigDecimal> cuts = Ranking.quartileCuts(councils);
        String quartile = Ranking.band(home, cuts);
        String best = Ranking.bestBand(polarity);
        boolean tied = councils.stream().filter(v -> v.compareTo(home) == 0).count() > 1;
        return new NationalPosition(
                rank,
                of,
                quartile,
                best,
                cuts,
                (tied ? "joint " : "") + Ranking.ordinal(rank) + " of " + of + " councils; quartile " + quartile
                        + " (the best is " + best + ")");
    }
}
