package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.scrutiny.catalogue.Polarity;

/**
 * Ranks and quartiles as DfE's Local Authority Interactive Tool works them out (LAIT, R/fn_analysis.R):
 * ranks as R's {@code rank(ties.method = "min")}, so tied areas share the best rank; quartile cut
 * points as R's default {@code quantile()} (type 7); bands A to D by value, A the lowest whatever the
 * polarity. Figures are compared as decimals, so 4.5 and 4.50 tie and the cuts are exact.
 */
public final class Ranking {
    private static final BigDecimal[] QUARTILES = {
        BigDecimal.ZERO, new BigDecimal("0.25"), new BigDecimal("0.5"), new BigDecimal("0.75"), BigDecimal.ONE
    };

    private Ranking() {}

    /**
     * 1 for the best, by polarity; tied values share the best rank they span (10, 20, 20, 30 ranked
     * lowest-first give 1, 2, 2, 4). Polarity none has no best, so no rank.
     */
    public static Integer rank(BigDecimal value, Collection<BigDecimal> all, Polarity polarity) {
        if (polarity == Polarity.NONE) {
            return null;
        }
        int better = 0;
        for (BigDecimal other : all) {
            int c = other.compareTo(value);
            if (polarity == Polarity.HIGHER ? c > 0 : c < 0) {
                better++;
            }
        }
        return better + 1;
    }

    /**
     * R's type 7 quantile: with the values sorted x[0] to x[n-1], h = (n - 1) p and the quantile is
     * x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
     */
    public static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No values to take a quantile of");
        }
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
        int j = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(j));
        BigDecimal low = sorted.get(j);
        if (fraction.signum() == 0 || j + 1 >= sorted.size()) {
            return low;
        }
        return low.add(fraction.multiply(sorted.get(j + 1).subtract(low)));
    }

    /** The minimum, lower quartile, median, upper quartile and maximum: R's {@code quantile(x)}. */
    public static List<BigDecimal> quartileCuts(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        List<BigDecimal> cuts = new ArrayList<>(QUARTILES.length);
        for (BigDecimal p : QUARTILES) {
            BigDecimal cut = quantile(sorted, p).stripTrailingZeros();
            cuts.add(cut.scale() < 0 ? cut.setScale(0) : cut);
        }
        return cuts;
    }

    /** A if the value is at or below the lower quartile, B at or below the median, C at or below the upper, else D. */
    public static String band(BigDecimal value, List<BigDecimal> cuts) {
        if (value.compareTo(cuts.get(1)) <= 0) {
            return "A";
        }
        if (value.compareTo(cuts.get(2)) <= 0) {
            return "B";
        }
        return value.compareTo(cuts.get(3)) <= 0 ? "C" : "D";
    }

    /** The band that holds the best values: D when higher is better, A when lower is; none without a polarity. */
    public static String bestBand(Polarity polarity) {
        return switch (polarity) {
            case HIGHER -> "D";
            case LOWER -> "A";
            case NONE -> null;
        };
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "112th". */
    public static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
