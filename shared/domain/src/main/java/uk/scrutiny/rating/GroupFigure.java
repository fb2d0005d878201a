package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.catalogue.Polarity;

/**
 * A comparator group's figure for the home area's latest period: the figure a provider published
 * for the group's own code if there is one ({@code computed} false), otherwise the simple mean of
 * the members' own figures, leaving out members with none (LAIT's statistical neighbour average).
 *
 * @param value      null when neither a published figure nor any member's figure exists
 * @param members    authorities the areas file lists in the group
 * @param withFigure members with their own figure for the period
 * @param rank       the home area's rank among itself and the members with a figure (1 is best); null
 *                   without a polarity or without any member's figure
 * @param of         1 + withFigure; null when there is no rank
 */
public record GroupFigure(
        String code,
        String name,
        BigDecimal value,
        boolean computed,
        int members,
        int withFigure,
        Integer rank,
        Integer of) {

    /**
     * @param published    the figure reported for the group's own code for the period, or null
     * @param memberValues the members' own figures for the period (only those that have one)
     * @param home         the home area's figure for the period
     */
    public static GroupFigure of(
            String code,
            String name,
            BigDecimal published,
            int members,
            List<BigDecimal> memberValues,
            BigDecimal home,
            Polarity polarity) {
        BigDecimal mean = mean(memberValues);
        BigDecimal value = published != null ? published : mean;
        boolean computed = published == null && mean != null;
        Integer rank = null;
        Integer of = null;
        if (polarity != Polarity.NONE && !memberValues.isEmpty()) {
            List<BigDecimal> all = new ArrayList<>(memberValues);
            all.add(home);
            rank = Ranking.rank(home, all, polarity);
            of = all.size();
        }
        return new GroupFigure(code, name, value, computed, members, memberValues.size(), rank, of);
    }

    /** The simple mean, to six decimal places (as values computed from a numerator are stored), or null. */
    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64)
                .setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
