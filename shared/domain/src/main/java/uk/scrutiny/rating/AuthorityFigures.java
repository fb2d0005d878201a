package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.List;
import uk.scrutiny.period.Period;

/**
 * Every council's figure for one period (the home area's latest), for the comparison chart: the
 * home area and each authority with a figure, best first (by value without a polarity).
 */
public record AuthorityFigures(Period period, List<Value> values) {
    public AuthorityFigures {
        values = List.copyOf(values);
    }

    /**
     * @param rank   among all the councils listed, 1 best, ties sharing the best; null without a polarity
     * @param groups the comparator groups the council belongs to (empty for the home area)
     */
    public record Value(String area, String name, BigDecimal value, Integer rank, List<String> groups) {
        public Value {
            groups = List.copyOf(groups);
        }
    }
}
