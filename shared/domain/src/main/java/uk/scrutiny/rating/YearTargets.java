package uk.scrutiny.rating;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;

/**
 * Targets set for a whole financial year. A quarterly or monthly indicator may have a target for
 * a financial year ({@code 2026/27}); it applies to every quarter, or every month from April to
 * March, of that year, unless a target is set for the exact period, which wins.
 */
public final class YearTargets {
    private YearTargets() {}

    /**
     * The target in force for a period: the one set for the period itself, else, for a quarterly
     * or monthly indicator, the one set for the financial year the period falls in; null if neither.
     *
     * @param targets one indicator's targets by the period they were set for (any frequency)
     */
    public static Target inForce(Map<Period, Target> targets, Period period) {
        if (targets == null || period == null) {
            return null;
        }
        Target exact = targets.get(period);
        if (exact != null || !isSubAnnual(period.frequency())) {
            return exact;
        }
        return targets.get(Period.containing(Frequency.FINANCIAL_YEAR, period.start()));
    }

    /**
     * The year-by-year targets, oldest first, future years included, for drawing as a trajectory:
     * for a quarterly or monthly indicator those set for a financial year, for an annual
     * indicator all of its targets (each already is a year's).
     */
    public static List<Target> trajectory(Indicator indicator, Map<Period, Target> targets) {
        boolean subAnnual = isSubAnnual(indicator.frequency());
        return targets.values().stream()
                .filter(t -> !subAnnual || t.period().frequency() == Frequency.FINANCIAL_YEAR)
                .sorted(Comparator.comparing(Target::period))
                .toList();
    }

    static boolean isSubAnnual(Frequency frequency) {
        return frequency == Frequency.QUARTERLY || frequency == Frequency.MONTHLY;
    }
}
