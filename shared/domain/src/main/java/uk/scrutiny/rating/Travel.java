package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.Optional;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * The direction of travel from one earlier period to the latest, and whether the change is
 * bigger than chance (the two 95% confidence intervals do not overlap).
 *
 * @param earlierValue null when nothing was reported for the earlier period
 * @param significant  null when either figure lacks the numerator and denominator to tell
 */
public record Travel(
        DirectionOfTravel direction,
        Period earlierPeriod,
        BigDecimal earlierValue,
        Boolean significant,
        String reason) {

    public boolean isSignificantlyWorse() {
        return direction == DirectionOfTravel.WORSENING && Boolean.TRUE.equals(significant);
    }

    /**
     * @param earlier what was reported for {@code earlierPeriod}, or null: a gap is not compared
     *                across, because a change over two quarters is not a quarter's change
     */
    public static Travel between(
            Indicator indicator, ReportedValue latest, Period earlierPeriod, ReportedValue earlier) {
        if (earlier == null || earlier.value() == null) {
            return new Travel(
                    DirectionOfTravel.NOT_COMPARABLE,
                    earlierPeriod,
                    null,
                    null,
                    "Not comparable: no figure for " + earlierPeriod.text() + " to compare "
                            + latest.period().text() + " with.");
        }
        UnitFormat format = new UnitFormat(indicator.unit());
        int movement = latest.value().compareTo(earlier.value());
        DirectionOfTravel direction = direction(indicator.polarity(), movement);
        Boolean significant = significant(indicator, latest, earlier);

        String figures = format.value(latest.value()) + " in " + latest.period().text();
        String earlierFigures = format.value(earlier.value()) + " in " + earlierPeriod.text();
        String reason;
        if (movement == 0) {
            reason = "No change: " + figures + ", the same as in " + earlierPeriod.text() + ".";
        } else {
            String verb = movement > 0 ? "up " : "down ";
            reason =
                    words(direction) + ": " + figures + ", " + verb + format.difference(latest.value(), earlier.value())
                            + " from " + earlierFigures + significanceText(significant) + ".";
        }
        return new Travel(direction, earlierPeriod, earlier.value(), significant, reason);
    }

    private static DirectionOfTravel direction(Polarity polarity, int movement) {
        if (movement == 0) {
            return DirectionOfTravel.NO_CHANGE;
        }
        return switch (polarity) {
            case HIGHER -> movement > 0 ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING;
            case LOWER -> movement < 0 ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING;
            case NONE -> movement > 0 ? DirectionOfTravel.INCREASING : DirectionOfTravel.DECREASING;
        };
    }

    private static Boolean significant(Indicator indicator, ReportedValue latest, ReportedValue earlier) {
        Optional<ConfidenceInterval> now =
                ConfidenceInterval.at95(indicator.unit(), latest.numerator(), latest.denominator());
        Optional<ConfidenceInterval> then =
                ConfidenceInterval.at95(indicator.unit(), earlier.numerator(), earlier.denominator());
        if (now.isEmpty() || then.isEmpty()) {
            return null;
        }
        return !now.get().overlaps(then.get());
    }

    private static String significanceText(Boolean significant) {
        if (significant == null) {
            return "";
        }
        return significant
                ? " (a significant change: the 95% confidence intervals do not overlap)"
                : " (not a significant change: the 95% confidence intervals overlap)";
    }

    private static String words(DirectionOfTravel direction) {
        return switch (direction) {
            case IMPROVING -> "Improving";
            case WORSENING -> "Worsening";
            case INCREASING -> "Increasing";
            case DECREASING -> "Decreasing";
            case NO_CHANGE -> "No change";
            case NOT_COMPARABLE -> "Not comparable";
        };
    }
}
