package uk.scrutiny.rating;

import java.util.Map;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * Where the home figure is heading: the baseline forecast, whether it puts the rating at risk,
 * whether the latest figure turned the curve, and the recent trend. Each is null when the series
 * is too short (or, for the curve, the polarity is none; for the trend, there are no numerators
 * and denominators).
 */
public record Outlook(Forecast forecast, AtRisk atRisk, Curve curve, RecentTrend recentTrend) {
    public static final Outlook NONE = new Outlook(null, null, null, null);

    /**
     * @param home    the home area's series
     * @param latest  its latest figure
     * @param rating  that figure's rating
     * @param target  the target it was rated against, or null
     * @param targets the indicator's targets by period
     */
    public static Outlook of(
            Indicator indicator,
            AreaSeries home,
            ReportedValue latest,
            TargetRating rating,
            Target target,
            Map<Period, Target> targets) {
        Forecast forecast = Forecast.after(indicator, home, latest.period());
        return new Outlook(
                forecast,
                AtRisk.of(indicator, rating, target, forecast, targets),
                Curve.of(indicator, home, latest),
                RecentTrend.of(indicator, home, latest));
    }
}
