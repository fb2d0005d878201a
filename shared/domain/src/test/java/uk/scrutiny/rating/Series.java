package uk.scrutiny.rating;

import static uk.scrutiny.rating.Fixtures.LEEDS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/** Home-area series for the forward-looking tests: consecutive figures from a first period. */
final class Series {
    private Series() {}

    /** Values for consecutive periods from {@code first}; a null value leaves a gap. */
    static AreaSeries from(Indicator indicator, String first, String... values) {
        List<ReportedValue> list = new ArrayList<>();
        Period p = Fixtures.period(indicator.frequency(), first);
        for (String v : values) {
            if (v != null) {
                list.add(Fixtures.value(indicator, LEEDS, p.text(), v));
            }
            p = p.next();
        }
        return of(indicator, list);
    }

    /**
     * Numerators over denominators for consecutive periods from {@code first}; each value is x / n
     * times the unit's multiplier, to 1 place.
     */
    static AreaSeries proportions(Indicator indicator, String first, long[] x, long[] n) {
        List<ReportedValue> list = new ArrayList<>();
        Period p = Fixtures.period(indicator.frequency(), first);
        for (int i = 0; i < x.length; i++) {
            BigDecimal value = BigDecimal.valueOf(x[i])
                    .multiply(indicator.unit().multiplier())
                    .divide(BigDecimal.valueOf(n[i]), 1, RoundingMode.HALF_UP);
            list.add(Fixtures.value(
                    indicator, LEEDS, p.text(), value.toPlainString(), Long.toString(x[i]), Long.toString(n[i])));
            p = p.next();
        }
        return of(indicator, list);
    }

    static AreaSeries of(Indicator indicator, List<ReportedValue> values) {
        return new AreaSeries(indicator, LEEDS, new ArrayList<>(values), Map.<Period, Target>of());
    }

    static ReportedValue latest(AreaSeries series) {
        return series.latest();
    }
}
