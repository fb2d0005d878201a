package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.scrutiny.areas.Area;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * The home area's sub-areas (clusters, wards) in the latest period any of them has a figure for,
 * each with its 95% confidence interval (the same methods as the home area's), compared with the
 * home area's value for that period, ranked, and with disclosure control applied.
 */
public record SubAreaFigures(Period period, List<SubAreaFigure> areas) {
    public SubAreaFigures {
        areas = List.copyOf(areas);
    }

    /**
     * @param subAreas the areas file's sub-areas, in file order (the order published)
     * @return null when no sub-area has a figure
     */
    static SubAreaFigures of(
            Indicator indicator, Map<String, AreaSeries> series, List<Area> subAreas, String homeArea, int threshold) {
        Period period = null;
        for (Area a : subAreas) {
            AreaSeries s = series.get(a.code());
            ReportedValue latest = s == null ? null : s.latest();
            if (latest != null && (period == null || latest.period().compareTo(period) > 0)) {
                period = latest.period();
            }
        }
        if (period == null) {
            return null;
        }
        List<Area> shown = new ArrayList<>();
        List<ReportedValue> figures = new ArrayList<>();
        for (Area a : subAreas) {
            AreaSeries s = series.get(a.code());
            ReportedValue v = s == null ? null : s.at(period);
            if (v != null && v.value() != null) {
                shown.add(a);
                figures.add(v);
            }
        }
        Map<String, Suppression> suppressed = Disclosure.suppressed(figures, indicator.unit(), threshold);
        List<BigDecimal> published = new ArrayList<>();
        for (ReportedValue v : figures) {
            if (!suppressed.containsKey(v.areaCode())) {
                published.add(v.value());
            }
        }
        AreaSeries homeSeries = series.get(homeArea);
        ReportedValue home = homeSeries == null ? null : homeSeries.at(period);
        BigDecimal homeValue = home == null ? null : home.value();

        List<SubAreaFigure> out = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            ReportedValue v = figures.get(i);
            Area area = shown.get(i);
            Suppression why = suppressed.get(v.areaCode());
            if (why != null) {
                out.add(SubAreaFigure.withheld(area.code(), area.name(), why));
                continue;
            }
            ConfidenceInterval interval = ConfidenceInterval.at95(indicator.unit(), v.numerator(), v.denominator())
                    .orElse(null);
            Comparison comparison = interval == null || homeValue == null
                    ? Comparison.NOT_COMPARED
                    : BenchmarkComparison.compare(indicator.polarity(), interval, homeValue.doubleValue());
            Integer rank = Ranking.rank(v.value(), published, indicator.polarity());
            out.add(new SubAreaFigure(
                    area.code(),
                    area.name(),
                    v.value(),
                    v.numerator(),
                    v.denominator(),
                    interval,
                    comparison,
                    rank,
                    rank == null ? null : published.size(),
                    null));
        }
        return new SubAreaFigures(period, out);
    }
}
