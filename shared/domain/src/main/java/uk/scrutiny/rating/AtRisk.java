package uk.scrutiny.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.period.Period;

/**
 * An indicator rated green or amber whose baseline forecast would be rated worse: against the
 * target in force for the forecast period, or the latest figure's target when none is set yet.
 *
 * @param from         the rating now, GREEN or AMBER
 * @param to           the forecast's rating, worse than {@code from}
 * @param period       the forecast period
 * @param targetPeriod the period of the target the forecast was rated against
 */
public record AtRisk(Rag from, Rag to, Period period, Period targetPeriod, String reason) {

    /**
     * @param now     the latest figure's rating
     * @param latest  the target the latest figure was rated against (null if none)
     * @param targets the indicator's targets by period
     * @return null unless {@code now} is green or amber and the forecast would be rated worse
     */
    public static AtRisk of(
            Indicator indicator, TargetRating now, Target latest, Forecast forecast, Map<Period, Target> targets) {
        if (forecast == null || (now.rag() != Rag.GREEN && now.rag() != Rag.AMBER)) {
            return null;
        }
        Target own = YearTargets.inForce(targets, forecast.period());
        Target target = own != null ? own : latest;
        if (target == null) {
            return null;
        }
        TargetRating then = TargetRating.of(indicator, forecast.period(), forecast.value(), target);
        if (rank(then.rag()) >= rank(now.rag())) {
            return null;
        }
        String word = then.rag().name().toLowerCase(Locale.ROOT);
        String detail = then.reason().substring(then.reason().indexOf(':') + 2);
        String fallback = own == null
                ? " No target is set for " + forecast.period().text() + " yet, so the latest figure's target is used."
                : "";
        String reason = "At risk of " + word + ": " + now.rag().name().toLowerCase(Locale.ROOT) + " now, but " + word
                + " in " + forecast.period().text() + " if nothing changes. The forecast " + detail + fallback;
        return new AtRisk(now.rag(), then.rag(), forecast.period(), target.period(), reason);
    }

    /** Green 2, amber 1, red 0: higher is better. */
    private static int rank(Rag rag) {
        return switch (rag) {
            case GREEN -> 2;
            case AMBER -> 1;
            case RED -> 0;
            default -> throw new IllegalArgumentException("Not a target rating: " + rag);
        };
    }

    /** The indicators at risk, those at risk of red first, then of amber, each in catalogue order. */
    public static List<IndicatorRating> listed(List<IndicatorRating> indicators) {
        List<IndicatorRating> listed = new ArrayList<>();
        for (Rag to : List.of(Rag.RED, Rag.AMBER)) {
            for (IndicatorRating r : indicators) {
                AtRisk risk = of(r);
                if (risk != null && risk.to() == to) {
                    listed.add(r);
                }
            }
        }
        return listed;
    }

    /** The indicator's risk, or null. */
    public static AtRisk of(IndicatorRating rating) {
        return rating.latest() == null ? null : rating.latest().outlook().atRisk();
    }
}
