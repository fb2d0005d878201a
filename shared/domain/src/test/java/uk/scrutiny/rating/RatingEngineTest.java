package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.rating.Fixtures.CORE_CITIES;
import static uk.scrutiny.rating.Fixtures.ENGLAND;
import static uk.scrutiny.rating.Fixtures.LEEDS;
import static uk.scrutiny.rating.Fixtures.STAT_NEIGHBOURS;
import static uk.scrutiny.rating.Fixtures.YORKSHIRE;
import static uk.scrutiny.rating.Fixtures.d;
import static uk.scrutiny.rating.Fixtures.target;
import static uk.scrutiny.rating.Fixtures.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.returns.ReportedValue;

class RatingEngineTest {
    private static final RatingContext CONTEXT =
            new RatingContext(LocalDate.of(2024, 1, 10), LEEDS, ENGLAND, Instant.parse("2024-01-10T06:00:00Z"));

    private static final Indicator NEET = Fixtures.indicator(
            "NEET",
            "P1",
            "Outcome A",
            Polarity.LOWER,
            Unit.PERCENT,
            Frequency.QUARTERLY,
            45,
            "Young people not in education, employment or training",
            "Priority one");
    private static final Indicator ATTENDANCE = Fixtures.indicator(
            "ATT",
            "P1",
            "Outcome A",
            Polarity.HIGHER,
            Unit.PERCENT,
            Frequency.ACADEMIC_YEAR,
            120,
            "School attendance",
            "Priority one");
    private static final Indicator CLA = Fixtures.indicator(
            "CLA",
            "P2",
            "Outcome B",
            Polarity.LOWER,
            Unit.ratePer(10000),
            Frequency.FINANCIAL_YEAR,
            90,
            "Children looked after",
            "Priority two");
    private static final Indicator NEW = Fixtures.indicator(
            "NEW",
            "P3",
            "Outcome B",
            Polarity.HIGHER,
            Unit.PERCENT,
            Frequency.QUARTERLY,
            45,
            "A new indicator",
            "Priority three");

    private final RatingEngine engine = new RatingEngine();

    private static IndicatorRating find(Summary summary, String code) {
        return summary.indicators().stream()
                .filter(r -> r.indicator().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aGapInTheSeriesIsNotComparedAcrossButTheYearEarlierStillIs() {
        // GIVEN NEET for 2022/23 Q2 and 2023/24 Q2, with 2023/24 Q1 missing
        List<ReportedValue> values =
                List.of(value(NEET, LEEDS, "2022/23 Q2", "10.1"), value(NEET, LEEDS, "2023/24 Q2", "9.5"));
        // WHEN rated
        Latest latest = find(engine.rate(Catalogue.of(List.of(NEET)), Targets.none(), values, CONTEXT), "NEET")
                .latest();
        // THEN no direction against the previous quarter, but improving against a year earlier
        assertEquals(DirectionOfTravel.NOT_COMPARABLE, latest.sincePrevious().direction());
        assertEquals("2023/24 Q1", latest.sincePrevious().earlierPeriod().text());
        assertEquals(DirectionOfTravel.IMPROVING, latest.sinceYearEarlier().direction());
        assertEquals("2022/23 Q2", latest.sinceYearEarlier().earlierPeriod().text());
    }

    @Test
    void annualIndicatorsHaveNoSeparateYearEarlierComparison() {
        List<ReportedValue> values =
                List.of(value(ATTENDANCE, LEEDS, "2021/22", "92.0"), value(ATTENDANCE, LEEDS, "2022/23", "93.1"));
        Latest latest = find(engine.rate(Catalogue.of(List.of(ATTENDANCE)), Targets.none(), values, CONTEXT), "ATT")
                .latest();
        assertEquals(DirectionOfTravel.IMPROVING, latest.sincePrevious().direction());
        assertNull(latest.sinceYearEarlier());
    }

    @Test
    void comparatorsAreEveryOtherAreaForTheSamePeriodOrTheirOwnLatest() {
        // GIVEN Leeds and England for 2022/23, core cities and Yorkshire for 2022/23, neighbours only for 2021/22
        List<ReportedValue> values = List.of(
                value(ATTENDANCE, LEEDS, "2022/23", "93.1"),
                value(ATTENDANCE, ENGLAND, "2022/23", "92.5"),
                value(ATTENDANCE, YORKSHIRE, "2022/23", "92.4"),
                value(ATTENDANCE, YORKSHIRE, "2021/22", "91.9"),
                value(ATTENDANCE, STAT_NEIGHBOURS, "2021/22", "92.2"),
                value(ATTENDANCE, CORE_CITIES, "2022/23", "92.0"));
        Latest latest = find(engine.rate(Catalogue.of(List.of(ATTENDANCE)), Targets.none(), values, CONTEXT), "ATT")
                .latest();
        // THEN sorted by area code, without Leeds or England, the neighbours' period said
        assertEquals(
                List.of(
                        new ComparatorValue(
                                CORE_CITIES, Fixtures.period(Frequency.ACADEMIC_YEAR, "2022/23"), d("92.0"), true),
                        new ComparatorValue(
                                YORKSHIRE, Fixtures.period(Frequency.ACADEMIC_YEAR, "2022/23"), d("92.4"), true),
                        new ComparatorValue(
                                STAT_NEIGHBOURS,
                                Fixtures.period(Frequency.ACADEMIC_YEAR, "2021/22"),
                                d("92.2"),
                                false)),
                latest.comparators());
        assertEquals(d("92.5"), latest.benchmark().value());
    }

    @Test
    void theMostRevisedFigureForAPeriodWinsWhateverTheInputOrder() {
        ReportedValue first = value(NEET, LEEDS, "2023/24 Q2", "9.9");
        ReportedValue revised = new ReportedValue(
                "NEET",
                LEEDS,
                first.period(),
                d("9.5"),
                null,
                null,
                "corrected",
                "provider",
                "returns/neet-v2.csv",
                Fixtures.RECEIVED.plusSeconds(60),
                2);
        for (List<ReportedValue> values : List.of(List.of(first, revised), List.of(revised, first))) {
            Latest latest = find(engine.rate(Catalogue.of(List.of(NEET)), Targets.none(), values, CONTEXT), "NEET")
                    .latest();
            assertEquals(d("9.5"), latest.reported().value());
            assertEquals(2, latest.reported().revisions());
        }
    }

    @Test
    void anIndicatorWithNothingReportedIsNoDataAndOverdue() {
        Summary summary = engine.rate(Catalogue.of(List.of(NEW)), Targets.none(), List.of(), CONTEXT);
        IndicatorRating rating = find(summary, "NEW");
        assertEquals(Rag.NO_DATA, rating.rag());
        assertNull(rating.latest());
        // As of 10 January 2024, 2023/24 Q2 was due on 14 November 2023.
        assertTrue(rating.overdue());
        assertEquals("2023/24 Q2", rating.due().awaited().text());
        assertEquals(List.of(rating), summary.exceptions().overdue());
    }

    @Test
    void aRowWithOnlyANoteIsNotTheLatestFigure() {
        ReportedValue noteOnly = new ReportedValue(
                "NEET",
                LEEDS,
                Fixtures.period(Frequency.QUARTERLY, "2023/24 Q3"),
                null,
                null,
                null,
                "suppressed: fewer than 5",
                "provider",
                "k",
                Fixtures.RECEIVED,
                1);
        List<ReportedValue> values = List.of(value(NEET, LEEDS, "2023/24 Q2", "9.5"), noteOnly);
        IndicatorRating rating =
                find(engine.rate(Catalogue.of(List.of(NEET)), Targets.none(), values, CONTEXT), "NEET");
        assertEquals("2023/24 Q2", rating.latest().reported().period().text());
    }

    @Test
    void rollsUpAndListsExceptionsRedFirst() {
        // GIVEN NEET amber (9.5 against 8.9 +- 1.0), attendance red (90.0 against 95.0 +- 1.0), CLA green, NEW no data
        Catalogue catalogue = Catalogue.of(List.of(NEET, ATTENDANCE, CLA, NEW));
        Targets targets = Targets.of(List.of(
                target(NEET, "2023/24 Q2", "8.9", "1.0"),
                target(ATTENDANCE, "2022/23", "95.0", "1.0"),
                target(CLA, "2022/23", "95.0", null)));
        List<ReportedValue> values = new ArrayList<>(List.of(
                value(NEET, LEEDS, "2023/24 Q2", "9.5"),
                value(ATTENDANCE, LEEDS, "2022/23", "90.0"),
                value(CLA, LEEDS, "2022/23", "90.1"),
                value(CLA, "E06000001", "2022/23", "110.0"),
                value(
                        new Indicator(
                                "GONE",
                                "Retired",
                                "P9",
                                "Old",
                                "Old",
                                Polarity.HIGHER,
                                Unit.PERCENT,
                                Frequency.QUARTERLY,
                                45,
                                List.of()),
                        LEEDS,
                        "2023/24 Q2",
                        "50")));
        // WHEN rated
        Summary summary = engine.rate(catalogue, targets, values, CONTEXT);
        // THEN the counts, the roll-ups and the exceptions follow
        assertEquals(new RagCounts(1, 1, 1, 0, 1), summary.counts());
        assertEquals(
                List.of("NEET", "ATT", "CLA", "NEW"),
                summary.indicators().stream().map(r -> r.indicator().code()).toList());
        PriorityRating p1 = summary.priorities().get(0);
        assertEquals("P1", p1.code());
        assertEquals(RollupRag.RED, p1.rag());
        assertEquals(List.of("NEET", "ATT"), p1.indicatorCodes());
        OutcomeRating b = summary.outcomes().get(1);
        assertEquals("Outcome B", b.name());
        assertEquals(RollupRag.GREEN, b.rag());
        assertEquals(List.of("P2", "P3"), b.priorityCodes());
        assertEquals(
                List.of("ATT", "NEET"),
                summary.exceptions().offTarget().stream()
                        .map(r -> r.indicator().code())
                        .toList());
    }

    @Test
    void aSignificantWorseningIsAnException() {
        // GIVEN NEET up from 800 of 10,000 to 1,000 of 10,000: intervals 7.48-8.55 and 9.43-10.60 do not overlap
        List<ReportedValue> values = List.of(
                value(NEET, LEEDS, "2023/24 Q1", "8.0", "800", "10000"),
                value(NEET, LEEDS, "2023/24 Q2", "10.0", "1000", "10000"));
        Summary summary = engine.rate(Catalogue.of(List.of(NEET)), Targets.none(), values, CONTEXT);
        assertEquals(1, summary.exceptions().worsening().size());
        assertTrue(summary.exceptions()
                .worsening()
                .get(0)
                .reason()
                .startsWith("Worsening: 10.0% in 2023/24 Q2, up 2.0 points"));
        assertFalse(summary.exceptions().worsening().get(0).reason().contains("not a significant"));
    }
}
