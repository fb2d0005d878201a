package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * The recalculation over the Leeds example held in memory, publishing into a bucket that records
 * every write: what is written, in what order, and what the files say.
 */
class RecalculationTest {
    private static final Instant NOW = Instant.parse("2024-01-10T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SUMMARY = "data/summary.json";
    private static final List<String> EVERY_INDICATOR_FILE = List.of(
            "data/indicators/NEET-NK.json",
            "data/indicators/CLA-RATE.json",
            "data/indicators/ATT-PRI.json",
            "data/indicators/CSC-CONTACTS.json");

    private final InMemoryStoredFigures store = InMemoryStoredFigures.leeds();
    private final RecordingSiteBucket site = new RecordingSiteBucket();
    private final Recalculation recalculation =
            new Recalculation(store, site, LeedsExample.LEEDS, LeedsExample.ENGLAND, CLOCK);

    @Test
    void everythingIsPublishedWhenNothingNarrowsItWithTheSummaryLast() {
        // WHEN the recalculation runs with nothing narrowing it (the nightly run)
        recalculation.run(LeedsExample.AS_OF);
        // THEN every indicator's file is written in catalogue order, then the summary, each once
        List<String> expected = new ArrayList<>(EVERY_INDICATOR_FILE);
        expected.add(SUMMARY);
        assertEquals(expected, site.keys());
        // AND each as JSON the dashboard may cache for 30 seconds
        for (RecordingSiteBucket.Put put : site.puts()) {
            assertEquals("application/json", put.contentType(), put.key());
            assertEquals(Recalculation.DATA_CACHE_CONTROL, put.cacheControl(), put.key());
        }
    }

    @Test
    void theSummaryIsNotWrittenIfAnIndicatorFileCannotBe() {
        // GIVEN a site bucket that refuses one indicator's file
        site.refuse("data/indicators/ATT-PRI.json");
        // WHEN the recalculation runs
        assertThrows(IllegalStateException.class, () -> recalculation.run(LeedsExample.AS_OF));
        // THEN the summary was not written, so it never names a file that is not there
        assertEquals(EVERY_INDICATOR_FILE.subList(0, 2), site.keys());
    }

    @Test
    void aReturnRepublishesItsIndicatorsAndTheSummaryOnly() {
        // GIVEN a committed return that changed children looked after only
        // WHEN the recalculation runs for it
        recalculation.run(LeedsExample.AS_OF, Set.of(LeedsExample.CLA.code()));
        // THEN that indicator's file and the summary are written, nothing else
        assertEquals(List.of("data/indicators/CLA-RATE.json", SUMMARY), site.keys());
    }

    @Test
    void onlyTheChangedIndicatorsFilesAreRepublishedWithTheirNewFigures() {
        // GIVEN everything published once
        recalculation.run(LeedsExample.AS_OF);
        byte[] attendanceBefore = site.file("data/indicators/ATT-PRI.json");
        site.forgetWrites();
        // WHEN a return revises Leeds' CLA rate for 2022/23 and another adds a month of contacts
        store.revise(new ReportedValue(
                "CLA-RATE",
                LeedsExample.LEEDS,
                Period.parse(LeedsExample.CLA.frequency(), "2022/23"),
                new BigDecimal("78.5"),
                null,
                null,
                "Revised after audit",
                "leeds-csc",
                "returns/leeds-csc/cla-2022-23-revised.csv",
                Instant.parse("2024-01-09T16:00:00Z"),
                2));
        recalculation.run(LeedsExample.AS_OF, Set.of("CSC-CONTACTS", "CLA-RATE"));
        // THEN only those two files are written, in catalogue order, then the summary
        assertEquals(
                List.of("data/indicators/CLA-RATE.json", "data/indicators/CSC-CONTACTS.json", SUMMARY), site.keys());
        // AND the CLA file and the summary show the revised figure, now under its 80.0 target
        JsonNode latest = pointsOf(site.json("data/indicators/CLA-RATE.json"), LeedsExample.LEEDS)
                .get(1);
        assertEquals("2022/23", latest.get("period").asText());
        assertEquals(new BigDecimal("78.5"), latest.get("value").decimalValue());
        assertEquals(2, latest.get("revisions").asInt());
        assertEquals("Revised after audit", latest.get("note").asText());
        assertEquals("GREEN", latest.get("rag").asText());
        JsonNode claInSummary = indicatorIn(site.json(SUMMARY), "CLA-RATE");
        assertEquals("GREEN", claInSummary.get("rag").asText());
        assertEquals(
                new BigDecimal("78.5"), claInSummary.get("latest").get("value").decimalValue());
        // AND the attendance file was left as it was
        assertArrayEquals(attendanceBefore, site.file("data/indicators/ATT-PRI.json"));
    }

    @Test
    void aReturnAfterAFullRunReadsAndReratesOnlyItsIndicatorsAndTheSummaryIsTheFullRunsBytes() {
        // GIVEN everything published once (the results of every indicator kept)
        recalculation.run(LeedsExample.AS_OF);
        // WHEN a return revises Leeds' CLA rate for 2022/23, to red, and the stream's run publishes it
        store.revise(new ReportedValue(
                "CLA-RATE",
                LeedsExample.LEEDS,
                Period.parse(LeedsExample.CLA.frequency(), "2022/23"),
                new BigDecimal("95.5"),
                null,
                null,
                "Revised after audit",
                "leeds-csc",
                "returns/leeds-csc/cla-2022-23-revised.csv",
                Instant.parse("2024-01-09T16:00:00Z"),
                2));
        store.clearReads();
        site.forgetWrites();
        recalculation.run(LeedsExample.AS_OF, Set.of("CLA-RATE"));
        // THEN only CLA's figures were read, and only its file and the summary written
        assertEquals(List.of("CLA-RATE"), store.reads);
        assertEquals(List.of("data/indicators/CLA-RATE.json", SUMMARY), site.keys());
        byte[] incrementalSummary = site.file(SUMMARY);
        byte[] incrementalCla = site.file("data/indicators/CLA-RATE.json");
        // AND a full run over the same data gives the same bytes, summary and file
        RecordingSiteBucket fullSite = new RecordingSiteBucket();
        new Recalculation(store, fullSite, LeedsExample.LEEDS, LeedsExample.ENGLAND, CLOCK).run(LeedsExample.AS_OF);
        assertEquals(
                new String(fullSite.file(SUMMARY), StandardCharsets.UTF_8),
                new String(incrementalSummary, StandardCharsets.UTF_8));
        assertArrayEquals(fullSite.file("data/indicators/CLA-RATE.json"), incrementalCla);
        assertEquals(
                "RED", indicatorIn(site.json(SUMMARY), "CLA-RATE").get("rag").asText());
    }

    @Test
    void aReturnOnAnotherDayReratesEverything() {
        // GIVEN everything published once
        recalculation.run(LeedsExample.AS_OF);
        store.clearReads();
        // WHEN a return is published the next day (lateness, and so every result, may differ)
        recalculation.run(LeedsExample.AS_OF.plusDays(1), Set.of("CLA-RATE"));
        // THEN every indicator is read and rated again, though only CLA's file is written
        assertEquals(4, store.reads.size());
    }

    @Test
    void anIndicatorsFileHoldsItsWholeSeriesForEveryArea() {
        // WHEN children looked after is published
        recalculation.run(LeedsExample.AS_OF, Set.of("CLA-RATE"));
        JsonNode file = site.json("data/indicators/CLA-RATE.json");
        // THEN it says when, for whom and what it is
        assertEquals(2, file.get("schemaVersion").asInt());
        assertEquals("2024-01-10", file.get("asOf").asText());
        assertEquals(NOW.toString(), file.get("generatedAt").asText());
        assertEquals("E08000035", file.get("homeArea").asText());
        assertEquals("Leeds", file.get("homeAreaName").asText());
        assertEquals("E92000001", file.get("benchmarkArea").asText());
        assertEquals("CLA-RATE", file.get("code").asText());
        assertEquals(
                "Children looked after per 10,000 children", file.get("title").asText());
        assertEquals("lower", file.get("polarity").asText());
        assertEquals("per 10000", file.get("unit").asText());
        assertEquals("financial-year", file.get("frequency").asText());
        // AND its rating: 81.1 against a target of 80.0 (lower is better) is amber
        assertEquals("AMBER", file.get("rag").asText());
        assertTrue(file.get("reason").asText().startsWith("Amber: 81.1 per 10,000"), file.get("reason")::asText);
        // AND a series for Leeds, England and each comparator with a CLA figure, and no other indicator's
        List<String> areas = new ArrayList<>();
        file.get("series")
                .forEach(s ->
                        areas.add(s.get("area").asText() + " " + s.get("role").asText()));
        assertEquals(
                List.of(
                        "E08000035 home",
                        "E92000001 benchmark",
                        "CORE-CITIES comparator",
                        "E12000003 comparator",
                        "STAT-NEIGHBOURS comparator"),
                areas);
        // AND Leeds' points, oldest first, with the figures behind them and the target where one is set
        JsonNode leeds = pointsOf(file, LeedsExample.LEEDS);
        assertEquals(2, leeds.size());
        assertPoint(leeds.get(0), "2021/22", "2021-04-01", "79.8", "1340", "168000", null);
        assertPoint(leeds.get(1), "2022/23", "2022-04-01", "81.1", "1370", "169000", "80");
        assertEquals("NO_TARGET", leeds.get(0).get("rag").asText());
        assertEquals("AMBER", leeds.get(1).get("rag").asText());
        // AND the counts carry a confidence interval around the value
        double lower = leeds.get(1).get("ciLower").asDouble();
        double upper = leeds.get(1).get("ciUpper").asDouble();
        assertTrue(lower < 81.1 && 81.1 < upper, lower + ".." + upper);
        // AND England's single figure has no interval, no target and no rating of its own
        JsonNode england = pointsOf(file, LeedsExample.ENGLAND);
        assertEquals(1, england.size());
        assertPoint(england.get(0), "2022/23", "2022-04-01", "71", null, null, null);
        assertTrue(england.get(0).get("ciLower").isNull());
        assertTrue(england.get(0).get("rag").isNull());
    }

    @Test
    void theAsOfDateFlowsIntoTheSummaryAndTheRatings() {
        // GIVEN NEET's 2023/24 Q3 return is due on 14 February 2024
        // WHEN the recalculation runs as of 10 January and then as of 31 March 2024
        recalculation.run(LeedsExample.AS_OF);
        JsonNode january = site.json(SUMMARY);
        recalculation.run(LocalDate.of(2024, 3, 31));
        JsonNode march = site.json(SUMMARY);
        // THEN each summary (and indicator file) says the date it was rated as of, generated by the clock
        assertEquals("2024-01-10", january.get("asOf").asText());
        assertEquals("2024-03-31", march.get("asOf").asText());
        assertEquals(
                "2024-03-31",
                site.json("data/indicators/NEET-NK.json").get("asOf").asText());
        assertEquals(NOW.toString(), march.get("generatedAt").asText());
        // AND lateness is judged on that date: not yet due in January, overdue in March
        assertFalse(indicatorIn(january, "NEET-NK").get("overdue").asBoolean());
        assertTrue(indicatorIn(march, "NEET-NK").get("overdue").asBoolean());
        assertEquals(
                "2024-02-14",
                indicatorIn(march, "NEET-NK").get("nextDue").get("dueDate").asText());
        assertNotEquals(january.get("overdue"), march.get("overdue"));
    }

    private static void assertPoint(
            JsonNode point,
            String period,
            String periodStart,
            String value,
            String numerator,
            String denominator,
            String target) {
        assertEquals(period, point.get("period").asText(), point::toString);
        assertEquals(periodStart, point.get("periodStart").asText(), point::toString);
        assertEquals(new BigDecimal(value), point.get("value").decimalValue(), point::toString);
        assertDecimal(numerator, point.get("numerator"));
        assertDecimal(denominator, point.get("denominator"));
        assertDecimal(target, point.get("target"));
        assertEquals(1, point.get("revisions").asInt(), point::toString);
    }

    private static void assertDecimal(String expected, JsonNode actual) {
        if (expected == null) {
            assertTrue(actual.isNull(), actual::toString);
        } else {
            assertEquals(new BigDecimal(expected), actual.decimalValue());
        }
    }

    private static JsonNode pointsOf(JsonNode indicatorFile, String area) {
        for (JsonNode series : indicatorFile.get("series")) {
            if (series.get("area").asText().equals(area)) {
                return series.get("points");
            }
        }
        throw new AssertionError("no series for " + area + " in " + indicatorFile);
    }

    private static JsonNode indicatorIn(JsonNode summary, String code) {
        for (JsonNode indicator : summary.get("indicators")) {
            if (indicator.get("code").asText().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + code + " in the summary");
    }
}
