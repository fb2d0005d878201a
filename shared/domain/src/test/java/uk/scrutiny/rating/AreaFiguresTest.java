package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.rating.Fixtures.ENGLAND;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.YORKSHIRE;
import static uk.scrutiny.rating.Fixtures.d;
import static uk.scrutiny.rating.Fixtures.indicator;
import static uk.scrutiny.rating.Fixtures.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.areas.Area;
import uk.scrutiny.areas.AreaKind;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.returns.ReportedValue;

/**
 * The rating engine with an areas file: NEET (lower is better) for Leeds, eleven other councils,
 * two comparator groups and five clusters, for 2026/27 Q2. Every expected figure is worked by hand.
 */
class AreaFiguresTest {
    private static final String Q2 = "2026/27 Q2";
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Indicator NEET_NONE = indicator("NEET-N", Polarity.NONE, Unit.PERCENT, Frequency.QUARTERLY);
    /** Eleven other councils' values; A12 is a statistical neighbour with no figure. */
    private static final String[] OTHERS = {"2.1", "2.8", "3.0", "3.3", "3.6", "3.9", "4.2", "5.1", "5.5", "6.0", "6.4"
    };

    private static AreaList areas() {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(LEEDS, "Leeds", AreaKind.HOME, YORKSHIRE, List.of()));
        areas.add(new Area(ENGLAND, "England (national)", AreaKind.NATIONAL, null, List.of()));
        areas.add(new Area(YORKSHIRE, "Yorkshire & Humber", AreaKind.REGION, null, List.of()));
        areas.add(new Area("STAT-NEIGHBOURS", "Statistical neighbours", AreaKind.GROUP, null, List.of()));
        areas.add(new Area("CORE-CITIES", "Core cities", AreaKind.GROUP, null, List.of()));
        for (int i = 1; i <= 12; i++) {
            // A06 (3.9), A07 (4.2), A08 (5.1) and A12 (no figure) are statistical neighbours; A10, A11 core cities
            List<String> groups = i == 6 || i == 7 || i == 8 || i == 12
                    ? List.of("STAT-NEIGHBOURS")
                    : i >= 10 ? List.of("CORE-CITIES") : List.of();
            areas.add(new Area(String.format("E060000%02d", i), "Council " + i, AreaKind.AUTHORITY, null, groups));
        }
        areas.add(new Area("CL-MORLEY", "Morley", AreaKind.SUB_AREA, LEEDS, List.of()));
        areas.add(new Area("CL-INNER-EAST", "Inner East", AreaKind.SUB_AREA, LEEDS, List.of()));
        areas.add(new Area("CL-ROTHWELL", "Rothwell", AreaKind.SUB_AREA, LEEDS, List.of()));
        areas.add(new Area("CL-BRAMLEY", "Bramley", AreaKind.SUB_AREA, LEEDS, List.of()));
        areas.add(new Area("CL-OTLEY", "Otley", AreaKind.SUB_AREA, LEEDS, List.of()));
        areas.add(new Area("CL-WETHERBY", "Wetherby", AreaKind.SUB_AREA, LEEDS, List.of()));
        return AreaList.of(areas);
    }

    private static List<ReportedValue> figures(Indicator indicator) {
        List<ReportedValue> v = new ArrayList<>();
        v.add(value(indicator, LEEDS, Q2, "4.6", "881", "19170"));
        v.add(value(indicator, ENGLAND, Q2, "2.8"));
        v.add(value(indicator, YORKSHIRE, Q2, "3.3"));
        v.add(value(indicator, "CORE-CITIES", Q2, "4.0"));
        for (int i = 0; i < OTHERS.length; i++) {
            v.add(value(indicator, String.format("E060000%02d", i + 1), Q2, OTHERS[i]));
        }
        v.add(value(indicator, "CL-MORLEY", Q2, "2.627119", "31", "1180"));
        v.add(value(indicator, "CL-INNER-EAST", Q2, "6.425339", "142", "2210"));
        v.add(value(indicator, "CL-ROTHWELL", Q2, "4.583333", "44", "960"));
        v.add(value(indicator, "CL-BRAMLEY", Q2, "0.731707", "3", "410"));
        v.add(value(indicator, "CL-OTLEY", Q2, "1.09375", "7", "640"));
        // Wetherby last reported a quarter earlier: not in the latest sub-area period.
        v.add(value(indicator, "CL-WETHERBY", "2026/27 Q1", "1.2", "9", "780"));
        return v;
    }

    private static IndicatorRating rate(Indicator indicator, AreaList areas) {
        RatingContext context = new RatingContext(
                LocalDate.of(2026, 11, 25), LEEDS, ENGLAND, Instant.parse("2026-11-25T06:00:00Z"), areas, 5);
        return new RatingEngine()
                .rate(Catalogue.of(List.of(indicator)), Targets.none(), figures(indicator), context)
                .indicators()
                .get(0);
    }

    @Test
    void leedsIsRankedAmongTheTwelveCouncilsWithAFigure() {
        // GIVEN the twelve councils with a 2026/27 Q2 figure, sorted:
        //   2.1 2.8 3.0 3.3 3.6 3.9 4.2 4.6(Leeds) 5.1 5.5 6.0 6.4
        // WHEN rated
        NationalPosition p = rate(NEET, areas()).areas().national();
        // THEN seven are lower (better), so Leeds is 8th of 12
        assertEquals(8, p.rank());
        assertEquals(12, p.of());
        // AND h = 11p: Q1 = 3.0 + 0.75 x 0.3 = 3.225; median = 3.9 + 0.5 x 0.3 = 4.05; Q3 = 5.1 + 0.25 x 0.4 = 5.2;
        //     4.6 is above the median and at most Q3: quartile C; lower is better, so the best is A
        assertEquals(List.of(d("2.1"), d("3.225"), d("4.05"), d("5.2"), d("6.4")), p.cuts());
        assertEquals("C", p.quartile());
        assertEquals("A", p.bestQuartile());
        assertEquals("8th of 12 councils; quartile C (the best is A)", p.reason());
    }

    @Test
    void groupsAreComputedFromTheirMembersUnlessAFigureWasPublished() {
        // GIVEN no figure published for the statistical neighbours, 4.0 published for the core cities
        // WHEN rated
        List<GroupFigure> groups = rate(NEET, areas()).areas().groups();
        // THEN the statistical neighbours are the mean of 3.9, 4.2 and 5.1 = 4.4, from 3 of their 4 members;
        //      Leeds's 4.6 is beaten by 3.9 and 4.2: 3rd of 4
        GroupFigure sn = groups.get(0);
        assertEquals("STAT-NEIGHBOURS", sn.code());
        assertEquals(0, d("4.4").compareTo(sn.value()));
        assertTrue(sn.computed());
        assertEquals(4, sn.members());
        assertEquals(3, sn.withFigure());
        assertEquals(3, sn.rank());
        assertEquals(4, sn.of());
        // AND the core cities' published 4.0 is used, not the members' mean of (6.0 + 6.4) / 2 = 6.2;
        //     Leeds's 4.6 beats 6.0 and 6.4: 1st of 3
        GroupFigure cc = groups.get(1);
        assertEquals(0, d("4.0").compareTo(cc.value()));
        assertFalse(cc.computed());
        assertEquals(2, cc.withFigure());
        assertEquals(1, cc.rank());
        assertEquals(3, cc.of());
    }

    @Test
    void subAreasAreComparedWithLeedsByTheirIntervalsRankedAndSuppressed() {
        // GIVEN five clusters with 2026/27 Q2 figures and Leeds at 4.6 (881 of 19170)
        // WHEN rated
        SubAreaFigures s = rate(NEET, areas()).areas().subAreas();
        // THEN the period is the latest any cluster has, 2026/27 Q2 (Wetherby's Q1 figure is not shown)
        assertEquals(Q2, s.period().text());
        assertEquals(
                List.of("CL-MORLEY", "CL-INNER-EAST", "CL-ROTHWELL", "CL-BRAMLEY", "CL-OTLEY"),
                s.areas().stream().map(SubAreaFigure::area).toList());
        // AND Morley, 31 of 1180 = 2.63%, Wilson 95%: (62 + z^2 -/+ z sqrt(z^2 + 124 (1 - 31/1180))) / (2 (1180 + z^2))
        //     = 1.86% to 3.70%, wholly below Leeds's 4.6: lower is better, so BETTER
        SubAreaFigure morley = s.areas().get(0);
        assertEquals(1.857, morley.interval().lower(), 0.001);
        assertEquals(3.705, morley.interval().upper(), 0.001);
        assertEquals(Comparison.BETTER, morley.comparison());
        // AND Inner East, 142 of 2210 = 6.43% (5.48% to 7.53%), wholly above: WORSE
        SubAreaFigure innerEast = s.areas().get(1);
        assertEquals(5.477, innerEast.interval().lower(), 0.001);
        assertEquals(Comparison.WORSE, innerEast.comparison());
        // AND Rothwell, 44 of 960 = 4.58% (3.43% to 6.10%), contains 4.6: SIMILAR
        SubAreaFigure rothwell = s.areas().get(2);
        assertEquals(3.432, rothwell.interval().lower(), 0.001);
        assertEquals(6.097, rothwell.interval().upper(), 0.001);
        assertEquals(Comparison.SIMILAR, rothwell.comparison());
        // AND ranked among the three published, lowest first: Morley 1, Rothwell 2, Inner East 3, of 3
        assertEquals(List.of(1, 3, 2), List.of(morley.rank(), innerEast.rank(), rothwell.rank()));
        assertEquals(3, morley.of());
        // AND Bramley's 3 is a small number and Otley's 7, the next smallest, is suppressed with it:
        //     nothing of either is held for publication
        assertEquals(
                SubAreaFigure.withheld("CL-BRAMLEY", "Bramley", Suppression.SMALL_NUMBER),
                s.areas().get(3));
        assertEquals(
                SubAreaFigure.withheld("CL-OTLEY", "Otley", Suppression.SECONDARY),
                s.areas().get(4));
        assertNull(morley.suppressed());
    }

    @Test
    void withoutAPolaritySubAreasAreHigherLowerOrSimilarAndNotRanked() {
        // GIVEN the same figures for an indicator without a polarity
        // WHEN rated
        // THEN Morley is LOWER, Inner East HIGHER, Rothwell SIMILAR (the same intervals), with no rank
        SubAreaFigures s = rate(NEET_NONE, areas()).areas().subAreas();
        assertEquals(
                List.of(Comparison.LOWER, Comparison.HIGHER, Comparison.SIMILAR),
                s.areas().subList(0, 3).stream().map(SubAreaFigure::comparison).toList());
        assertNull(s.areas().get(0).rank());
        assertNull(s.areas().get(0).of());
        // AND no national rank either, with the reason
        assertNull(rate(NEET_NONE, areas()).areas().national().rank());
    }

    @Test
    void councilsAndSubAreasArePublishedApartNeverInTheSeriesOrComparators() {
        // GIVEN figures for eleven councils and six clusters besides Leeds, England, the region and a group
        // WHEN rated
        IndicatorRating r = rate(NEET, areas());
        // THEN the chart series are Leeds, England, then the region and the published group, by code
        assertEquals(
                List.of(LEEDS, ENGLAND, "CORE-CITIES", YORKSHIRE),
                r.series().stream().map(AreaSeries::area).toList());
        assertEquals(
                List.of("CORE-CITIES", YORKSHIRE),
                r.latest().comparators().stream().map(ComparatorValue::area).toList());
        // AND every council's figure is listed for the comparison chart, best first, Leeds 8th
        AuthorityFigures a = r.areas().authorities();
        assertEquals(Q2, a.period().text());
        assertEquals(12, a.values().size());
        assertEquals("E06000001", a.values().get(0).area());
        assertEquals(1, a.values().get(0).rank());
        AuthorityFigures.Value leeds = a.values().get(7);
        assertEquals(LEEDS, leeds.area());
        assertEquals(8, leeds.rank());
        assertEquals(List.of("STAT-NEIGHBOURS"), a.values().get(5).groups());
    }

    @Test
    void namesComeFromTheAreasFile() {
        // GIVEN an areas file naming England "England (national)" and the region "Yorkshire & Humber"
        // WHEN rated
        // THEN the names used are the file's, in the benchmark's reason too
        IndicatorRating r = rate(NEET, areas());
        RatingContext context = new RatingContext(
                LocalDate.of(2026, 11, 25), LEEDS, ENGLAND, Instant.parse("2026-11-25T06:00:00Z"), areas(), 5);
        assertEquals("Yorkshire & Humber", context.areaName(YORKSHIRE));
        assertTrue(
                r.latest().benchmark().reason().contains("England (national) (2.8%)"),
                r.latest().benchmark().reason());
        // AND without a file, the defaults (or the code itself)
        RatingContext none =
                new RatingContext(LocalDate.of(2026, 11, 25), LEEDS, ENGLAND, Instant.parse("2026-11-25T06:00:00Z"));
        assertEquals("Yorkshire and The Humber", none.areaName(YORKSHIRE));
        assertEquals("E06000001", none.areaName("E06000001"));
    }

    @Test
    void withoutAnAreasFileNothingIsAddedAndEveryAreaIsAComparatorAsBefore() {
        // GIVEN the same figures and no areas file
        IndicatorRating r = rate(NEET, AreaList.none());
        // THEN there is no rank, group, sub-area or council list: which code is which is not known
        assertSame(AreaFigures.NONE, r.areas());
        // AND every area is charted as today: Leeds, England, the region, a group, 11 councils, 6 clusters = 21
        assertEquals(21, r.series().size());
        // AND all but Leeds and England are comparators
        assertEquals(19, r.latest().comparators().size());
    }
}
