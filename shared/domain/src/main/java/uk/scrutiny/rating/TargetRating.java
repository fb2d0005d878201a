package uk.scrutiny.rating;

import java.math.BigDecimal;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;

/**
 * The traffic light of one figure against its target: green when the target is met, amber when
 * it is missed by no more than the tolerance, red beyond that. Boundaries count in the
 * indicator's favour, so a figure exactly on the target or exactly at the tolerance is not
 * marked down. A target set for another period (a financial year's, for its quarters or months)
 * is named by that period in the reason.
 */
public record TargetRating(Rag rag, String reason) {

    public static TargetRating noData() {
        return new TargetRating(Rag.NO_DATA, "No figures have been reported yet.");
    }

    /**
     * @param target null when none is in force for the period (see {@link YearTargets#inForce})
     */
    public static TargetRating of(Indicator indicator, Period period, BigDecimal value, Target target) {
        if (value == null) {
            return noData();
        }
        if (indicator.polarity() == Polarity.NONE) {
            return new TargetRating(
                    Rag.NO_TARGET,
                    "Not rated against a target: neither a higher nor a lower figure is better for this indicator.");
        }
        UnitFormat format = new UnitFormat(indicator.unit());
        if (target == null) {
            String year = YearTargets.isSubAnnual(period.frequency())
                    ? " nor for the financial year "
                            + Period.containing(Frequency.FINANCIAL_YEAR, period.start())
                                    .text()
                    : "";
            return new TargetRating(Rag.NO_TARGET, "No target set for " + period.text() + year + ".");
        }
        BigDecimal goal = target.target();
        BigDecimal tolerance = target.tolerance();
        // Turn "lower is better" into "higher is better" so one comparison serves both.
        int sign = indicator.polarity() == Polarity.HIGHER ? 1 : -1;
        BigDecimal shortfall = goal.subtract(value).multiply(BigDecimal.valueOf(sign));

        String figures = format.value(value);
        String targetText = targetText(format, period, target);
        if (value.compareTo(goal) == 0) {
            return new TargetRating(Rag.GREEN, "Green: " + figures + " meets " + targetText + ".");
        }
        String side = value.compareTo(goal) > 0 ? " above " : " below ";
        String gap = figures + " is " + format.difference(value, goal) + side + targetText;
        if (shortfall.signum() < 0) {
            return new TargetRating(Rag.GREEN, "Green: " + gap + ".");
        }
        String toleranceText = toleranceText(format, target);
        if (shortfall.compareTo(tolerance) <= 0) {
            return new TargetRating(Rag.AMBER, "Amber: " + gap + ", within " + toleranceText + ".");
        }
        return new TargetRating(Rag.RED, "Red: " + gap + ", beyond " + toleranceText + ".");
    }

    /**
     * "the 4.0% target" for the period's own target; "the 2026/27 target of 4.0%" for one set for
     * another period (a financial year's target applying to its quarters or months), so the reader
     * knows where it came from.
     */
    private static String targetText(UnitFormat format, Period period, Target target) {
        String goal = format.value(target.target());
        if (target.period() == null || target.period().equals(period)) {
            return "the " + goal + " target";
        }
        return "the " + target.period().text() + " target of " + goal;
    }

    private static String toleranceText(UnitFormat format, Target target) {
        BigDecimal tolerance = target.tolerance();
        if (target.hasDefaultTolerance() && tolerance.scale() < target.target().scale()) {
            // 5% of 80.0 reads "4.0", as precise as the target it came from.
            tolerance = tolerance.setScale(target.target().scale());
        }
        String text = format.points()
                ? "the " + format.bare(tolerance) + " point tolerance"
                : "the tolerance of " + format.amount(tolerance);
        return target.hasDefaultTolerance() ? text + " (5% of the target)" : text;
    }
}
