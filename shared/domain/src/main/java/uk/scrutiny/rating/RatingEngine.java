package uk.scrutiny.rating;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * Rates every catalogue indicator for the home area. The result depends only on the inputs and
 * the context, never on the order the figures arrive in, so two runs publish the same bytes.
 */
public final class RatingEngine {
    private static final Logger LOG = Logger.getLogger(RatingEngine.class.getName());

    /**
     * Put the figures a duplicate (same indicator, area and period) would collide on in a fixed
     * order and keep the last: the most revised, then the latest received.
     */
    private static final Comparator<ReportedValue> BY_PERIOD_THEN_CURRENCY = Comparator.comparing(ReportedValue::period)
            .thenComparingInt(ReportedValue::revisions)
            .thenComparing(ReportedValue::receivedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReportedValue::sourceKey, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Summary rate(Catalogue catalogue, Targets targets, Collection<ReportedValue> values, RatingContext context) {
        Map<String, Map<String, List<ReportedValue>>> byIndicatorAndArea = group(catalogue, values);
        List<IndicatorRating> ratings = new ArrayList<>(catalogue.size());
        List<RatingProblem> problems = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            Map<String, List<ReportedValue>> byArea = byIndicatorAndArea.getOrDefault(indicator.code(), Map.of());
            try {
                ratings.add(rate(indicator, targets.forIndicator(indicator.code()), byArea, context));
            } catch (RuntimeException e) {
                // One indicator's bad data must not stop the others: it is listed as a problem instead.
                LOG.log(Level.SEVERE, "Could not rate " + indicator.code(), e);
                problems.add(problem(indicator, e));
            }
        }
        RagCounts counts =
                RagCounts.of(ratings.stream().map(IndicatorRating::rag).toList());
        return new Summary(
                context,
                counts,
                Rollup.outcomes(ratings),
                Rollup.priorities(ratings),
                ratings,
                Exceptions.of(ratings),
                problems);
    }

    /** Says in plain English that the indicator could not be rated, with the underlying reason. */
    public static RatingProblem problem(Indicator indicator, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (reason.length() > 300) {
            reason = reason.substring(0, 300) + "…";
        }
        return new RatingProblem(
                indicator.code(),
                indicator.title(),
                "This indicator could not be rated: " + reason
                        + ". Its other figures are unchanged; the performance team should check its stored"
                        + " returns and catalogue entry.");
    }

    private static Map<String, Map<String, List<ReportedValue>>> group(
            Catalogue catalogue, Collection<ReportedValue> values) {
        Map<String, Map<String, List<ReportedValue>>> grouped = new HashMap<>();
        for (ReportedValue v : values) {
            // Figures for indicators no longer in the catalogue are not rated.
            if (catalogue.find(v.indicatorCode()).isEmpty()) {
                continue;
            }
            grouped.computeIfAbsent(v.indicatorCode(), k -> new HashMap<>())
                    .computeIfAbsent(v.areaCode(), k -> new ArrayList<>())
                    .add(v);
        }
        return grouped;
    }

    private IndicatorRating rate(
            Indicator indicator,
            Map<Period, Target> targets,
            Map<String, List<ReportedValue>> byArea,
            RatingContext context) {
        // Sorted by area code, so comparators and series come out in one order whatever the input order.
        TreeMap<String, AreaSeries> series = new TreeMap<>();
        byArea.forEach((area, list) -> series.put(
                area,
                new AreaSeries(indicator, area, onePerPeriod(list), area.equals(context.homeArea()) ? targets : null)));
        AreaSeries home = series.get(context.homeArea());
        if (home == null) {
            home = new AreaSeries(indicator, context.homeArea(), List.of(), targets);
        }

        ReportedValue latestFigure = home.latest();
        AreaFigures areaFigures = AreaFigures.of(indicator, series, latestFigure, context);
        // Authorities and sub-areas (disclosure control) are published in the area figures only.
        series.keySet().removeIf(area -> AreaFigures.publishedApart(area, context.areas()));
        ReturnDue due = Overdue.assess(indicator, latestFigure == null ? null : latestFigure.period(), context.asOf());
        List<AreaSeries> ordered = chartOrder(series, home, context);
        List<Target> trajectory = YearTargets.trajectory(indicator, targets);
        if (latestFigure == null) {
            TargetRating none = TargetRating.noData();
            return new IndicatorRating(indicator, none.rag(), none.reason(), due, null, ordered, trajectory)
                    .withAreas(areaFigures);
        }

        Period period = latestFigure.period();
        Target target = YearTargets.inForce(targets, period);
        TargetRating rating = TargetRating.of(indicator, period, latestFigure.value(), target);
        Travel sincePrevious = Travel.between(indicator, latestFigure, period.previous(), home.at(period.previous()));
        Travel sinceYearEarlier = isSubAnnual(indicator.frequency())
                ? Travel.between(indicator, latestFigure, period.yearEarlier(), home.at(period.yearEarlier()))
                : null;
        AreaSeries benchmarkSeries = series.get(context.benchmarkArea());
        BenchmarkComparison benchmark = BenchmarkComparison.of(
                indicator,
                latestFigure,
                context.benchmarkArea(),
                context.areaName(context.benchmarkArea()),
                benchmarkSeries == null ? null : valueAt(benchmarkSeries, period));
        List<ComparatorValue> comparators = comparators(series, period, context);

        Outlook outlook = Outlook.of(indicator, home, latestFigure, rating, target, targets);
        Latest latest = new Latest(
                latestFigure, target, rating, sincePrevious, sinceYearEarlier, benchmark, comparators, outlook);
        return new IndicatorRating(indicator, rating.rag(), rating.reason(), due, latest, ordered, trajectory)
                .withAreas(areaFigures);
    }

    private static boolean isSubAnnual(Frequency frequency) {
        return frequency == Frequency.MONTHLY || frequency == Frequency.QUARTERLY;
    }

    private static ReportedValue valueAt(AreaSeries series, Period period) {
        ReportedValue v = series.at(period);
        return v == null || v.value() == null ? null : v;
    }

    private static List<ComparatorValue> comparators(
            TreeMap<String, AreaSeries> series, Period period, RatingContext context) {
        List<ComparatorValue> comparators = new ArrayList<>();
        for (AreaSeries s : series.values()) {
            if (s.area().equals(context.homeArea()) || s.area().equals(context.benchmarkArea())) {
                continue;
            }
            ReportedValue same = valueAt(s, period);
            ReportedValue shown = same != null ? same : s.latest();
            if (shown != null) {
                comparators.add(new ComparatorValue(s.area(), shown.period(), shown.value(), same != null));
            }
        }
        return comparators;
    }

    private static List<AreaSeries> chartOrder(
            TreeMap<String, AreaSeries> series, AreaSeries home, RatingContext context) {
        List<AreaSeries> ordered = new ArrayList<>(series.size() + 1);
        ordered.add(home);
        AreaSeries benchmark = series.get(context.benchmarkArea());
        if (benchmark != null && benchmark != home) {
            ordered.add(benchmark);
        }
        for (AreaSeries s : series.values()) {
            if (s != home && s != benchmark) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    private static List<ReportedValue> onePerPeriod(List<ReportedValue> values) {
        values.sort(BY_PERIOD_THEN_CURRENCY);
        List<ReportedValue> kept = new ArrayList<>(values.size());
        for (ReportedValue v : values) {
            if (!kept.isEmpty() && kept.get(kept.size() - 1).period().equals(v.period())) {
                kept.set(kept.size() - 1, v);
            } else {
                kept.add(v);
            }
        }
        return kept;
    }
}
