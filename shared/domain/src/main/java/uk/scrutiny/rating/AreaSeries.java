package uk.scrutiny.rating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * One area's figures for one indicator, oldest first, one per period. The chart points (with
 * intervals and, for the home area, targets) are worked out when asked for rather than held,
 * because only the publisher needs them, one indicator at a time.
 */
public final class AreaSeries {
    private final Indicator indicator;
    private final String area;
    private final List<ReportedValue> values;
    private final Map<Period, Target> targets;

    /**
     * @param values  sorted by period, one per period
     * @param targets the home area's targets by the period they were set for (a quarter's or month's
     *                own, or its financial year's: see {@link YearTargets}); null for other areas
     */
    AreaSeries(Indicator indicator, String area, List<ReportedValue> values, Map<Period, Target> targets) {
        this.indicator = indicator;
        this.area = area;
        this.values = Collections.unmodifiableList(values);
        this.targets = targets;
    }

    public String area() {
        return area;
    }

    public List<ReportedValue> values() {
        return values;
    }

    /** The figure reported for a period, or null. */
    public ReportedValue at(Period period) {
        int low = 0;
        int high = values.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = values.get(mid).period().compareTo(period);
            if (c == 0) {
                return values.get(mid);
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return null;
    }

    /** The latest figure with a value, or null: a row with only a note is not a figure. */
    public ReportedValue latest() {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i).value() != null) {
                return values.get(i);
            }
        }
        return null;
    }

    public List<SeriesPoint> points() {
        List<SeriesPoint> points = new ArrayList<>(values.size());
        for (ReportedValue v : values) {
            ConfidenceInterval interval = ConfidenceInterval.at95(indicator.unit(), v.numerator(), v.denominator())
                    .orElse(null);
            Target target = targets == null ? null : YearTargets.inForce(targets, v.period());
            Rag rag = targets == null
                    ? null
                    : TargetRating.of(indicator, v.period(), v.value(), target).rag();
            points.add(new SeriesPoint(v, interval, target, rag));
        }
        return points;
    }
}
