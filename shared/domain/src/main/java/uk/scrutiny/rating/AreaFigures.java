package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.areas.Area;
import uk.scrutiny.areas.AreaKind;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * What the areas file makes possible for one indicator: the home area's national rank and quartile
 * and its comparator groups (for its latest period), its sub-areas with disclosure control, and
 * every council's figure for the comparison chart. Without an areas file there is none of it
 * ({@link #NONE}): which codes are councils, groups or sub-areas is not known.
 *
 * @param national    null without an areas file or without a home figure
 * @param groups      every group in the areas file, in file order; empty without a home figure
 * @param subAreas    null when no sub-area has a figure
 * @param authorities null when no council has a figure
 */
public record AreaFigures(
        NationalPosition national, List<GroupFigure> groups, SubAreaFigures subAreas, AuthorityFigures authorities) {

    public static final AreaFigures NONE = new AreaFigures(null, List.of(), null, null);

    public AreaFigures {
        groups = List.copyOf(groups);
    }

    /**
     * Whether an area's figures are published only here, never in the chart series or the comparators:
     * with an areas file, authorities (in {@code authorities}), sub-areas (only with disclosure control,
     * in {@code subAreas}) and codes the file does not list (they could be sub-areas of an older file).
     */
    static boolean publishedApart(String area, AreaList areas) {
        if (!areas.present()) {
            return false;
        }
        AreaKind kind = areas.find(area).map(Area::kind).orElse(null);
        return kind == null || kind == AreaKind.AUTHORITY || kind == AreaKind.SUB_AREA;
    }

    /**
     * @param series     every area's series for the indicator, by area code
     * @param homeLatest the home area's latest figure, or null
     */
    static AreaFigures of(
            Indicator indicator, Map<String, AreaSeries> series, ReportedValue homeLatest, RatingContext context) {
        AreaList areas = context.areas();
        if (!areas.present()) {
            return NONE;
        }
        List<Area> councils =
                areas.all().stream().filter(a -> a.kind().isCouncil()).toList();
        Period period = homeLatest != null ? homeLatest.period() : latestPeriod(councils, series);
        Map<Area, BigDecimal> values = period == null ? Map.of() : valuesAt(councils, series, period);

        NationalPosition national = null;
        List<GroupFigure> groups = List.of();
        if (homeLatest != null && homeLatest.value() != null) {
            national = NationalPosition.of(indicator.polarity(), homeLatest.value(), values.values(), period);
            groups = groups(indicator, series, areas, homeLatest);
        }
        SubAreaFigures subAreas = SubAreaFigures.of(
                indicator, series, areas.ofKind(AreaKind.SUB_AREA), context.homeArea(), context.suppressionThreshold());
        AuthorityFigures authorities = values.isEmpty() ? null : authorities(indicator.polarity(), period, values);
        return new AreaFigures(national, groups, subAreas, authorities);
    }

    private static List<GroupFigure> groups(
            Indicator indicator, Map<String, AreaSeries> series, AreaList areas, ReportedValue home) {
        List<GroupFigure> groups = new ArrayList<>();
        for (Area group : areas.ofKind(AreaKind.GROUP)) {
            List<Area> members = areas.members(group.code());
            List<BigDecimal> memberValues =
                    new ArrayList<>(valuesAt(members, series, home.period()).values());
            ReportedValue published = valueAt(series, group.code(), home.period());
            groups.add(GroupFigure.of(
                    group.code(),
                    group.name(),
                    published == null ? null : published.value(),
                    members.size(),
                    memberValues,
                    home.value(),
                    indicator.polarity()));
        }
        return groups;
    }

    private static AuthorityFigures authorities(Polarity polarity, Period period, Map<Area, BigDecimal> values) {
        List<AuthorityFigures.Value> listed = new ArrayList<>(values.size());
        values.forEach((area, value) -> listed.add(new AuthorityFigures.Value(
                area.code(), area.name(), value, Ranking.rank(value, values.values(), polarity), area.groups())));
        Comparator<AuthorityFigures.Value> order = polarity == Polarity.NONE
                ? Comparator.comparing(AuthorityFigures.Value::value)
                : Comparator.comparing(AuthorityFigures.Value::rank);
        listed.sort(order.thenComparing(AuthorityFigures.Value::area));
        return new AuthorityFigures(period, listed);
    }

    private static Period latestPeriod(List<Area> councils, Map<String, AreaSeries> series) {
        Period latest = null;
        for (Area a : councils) {
            AreaSeries s = series.get(a.code());
            ReportedValue v = s == null ? null : s.latest();
            if (v != null && (latest == null || v.period().compareTo(latest) > 0)) {
                latest = v.period();
            }
        }
        return latest;
    }

    /** The areas' own figures for the period, in the order given, leaving out those with none. */
    private static Map<Area, BigDecimal> valuesAt(List<Area> areas, Map<String, AreaSeries> series, Period period) {
        Map<Area, BigDecimal> values = new LinkedHashMap<>();
        for (Area a : areas) {
            ReportedValue v = valueAt(series, a.code(), period);
            if (v != null) {
                values.put(a, v.value());
            }
        }
        return values;
    }

    private static ReportedValue valueAt(Map<String, AreaSeries> series, String area, Period period) {
        AreaSeries s = series.get(area);
        ReportedValue v = s == null ? null : s.at(period);
        return v == null || v.value() == null ? null : v;
    }
}
