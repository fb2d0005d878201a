package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scrutiny.publish.Recalculation;

/**
 * Issue 8, point 11: a provider withdraws a wrong figure with the return column {@code action}. The
 * withdrawal is a revision like any other; the figure leaves the published data, and if it was the
 * latest, the period before becomes the latest again.
 */
class WithdrawalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "indicator_code,period,area_code,value,numerator,denominator,note,action\n";

    private final InMemoryReturnsBucket bucket = InMemoryReturnsBucket.versioned();
    private final InMemoryReturnStore store = new InMemoryReturnStore();
    private final UploadProcessor processor =
            new UploadProcessor(bucket, store, UploadProcessor.DEFAULT_MAX_BYTES, CLOCK, e -> false);
    private final Map<String, byte[]> site = new LinkedHashMap<>();

    private Report upload(String key, String content) {
        return processor.process(bucket.upload(key, content));
    }

    private JsonNode publish(String file) throws IOException {
        new Recalculation(store, (key, body, type, cache) -> site.put(key, body), "E08000035", "E92000001", CLOCK)
                .run(LocalDate.of(2026, 11, 25), Set.of());
        return JSON.readTree(site.get(file));
    }

    private void neetForTwoQuarters() {
        assertTrue(
                upload(UploadKey.CATALOGUE_KEY, UploadProcessorTest.CATALOGUE).accepted());
        assertTrue(upload("returns/careers-service/neet.csv", HEADER + """
                        NEET,2026/27 Q1,E08000035,4.9,,,,
                        NEET,2026/27 Q2,E08000035,0.1,,,typed in error,
                        """).accepted());
    }

    @Test
    void aWithdrawnLatestFigureLeavesThePublishedDataAndThePeriodBeforeIsLatestAgain() throws IOException {
        // GIVEN NEET for Q1 (4.9%) and a mistyped Q2 (0.1%) that became the headline
        neetForTwoQuarters();
        assertEquals(
                "2026/27 Q2",
                publish("data/summary.json")
                        .get("indicators")
                        .get(0)
                        .get("latest")
                        .get("period")
                        .asText());
        // WHEN the careers service withdraws Q2, cells empty, with a note
        Report report = upload(
                "returns/careers-service/withdraw-q2.csv",
                HEADER + "NEET,2026/27 Q2,E08000035,,,,Mistyped: the Q2 figure will follow,withdraw\n");
        // THEN the withdrawal is accepted as a row like any other
        assertTrue(report.accepted(), report::toString);
        assertEquals(1, report.rowsAccepted());
        // AND Q1 is NEET's latest figure again, and Q2 is charted nowhere
        JsonNode neet = publish("data/summary.json").get("indicators").get(0);
        assertEquals("2026/27 Q1", neet.get("latest").get("period").asText());
        JsonNode file = publish("data/indicators/NEET.json");
        assertFalse(file.toString().contains("\"period\":\"2026/27 Q2\",\"periodStart\":\"2026-07-01\",\"value\""));
        // AND the indicator's file says it was withdrawn, when, by whom and why
        JsonNode withdrawal = file.get("withdrawals").get(0);
        assertEquals("2026/27 Q2", withdrawal.get("period").asText());
        assertEquals(2, withdrawal.get("revisions").asInt());
        assertEquals(
                "Withdrawn on " + withdrawal.get("withdrawnAt").asText().substring(0, 10)
                        + " by careers-service: Mistyped: the Q2 figure will follow",
                withdrawal.get("reason").asText());
        // AND the store keeps the history: the figure and its withdrawal are two revisions
        assertEquals(3, store.valueItems());
    }

    @Test
    void withdrawingAFigureNeverSubmittedIsARowError() {
        neetForTwoQuarters();
        Report report =
                upload("returns/careers-service/withdraw-q4.csv", HEADER + "NEET,2025/26 Q4,E08000035,,,,,withdraw\n");
        assertFalse(report.accepted());
        assertEquals(2, report.errors().get(0).line());
        assertEquals("action", report.errors().get(0).column());
        assertEquals(
                "There is no figure to withdraw for NEET, 2025/26 Q4, area E08000035: none has been accepted, or it"
                        + " was already withdrawn. Check the indicator, period and area.",
                report.errors().get(0).message());
    }

    @Test
    void aWithdrawalLeavesTheFigureCellsEmptyAndActionTakesOnlyWithdraw() {
        neetForTwoQuarters();
        Report report = upload("returns/careers-service/bad-actions.csv", HEADER + """
                        NEET,2026/27 Q2,E08000035,0.2,,,,withdraw
                        NEET,2026/27 Q1,E08000035,4.8,,,,delete
                        """);
        assertFalse(report.accepted());
        assertEquals(
                List.of("2:value", "3:action"),
                report.errors().stream().map(p -> p.line() + ":" + p.column()).toList());
        assertEquals(
                "A withdrawal leaves value empty: it removes the figure for this indicator, period and area. To"
                        + " correct a figure instead, send the new figure with action empty.",
                report.errors().get(0).message());
        assertEquals(
                "action is 'delete': leave it empty to submit a figure, or write 'withdraw' (with value, numerator"
                        + " and denominator empty) to withdraw one.",
                report.errors().get(1).message());
    }

    @Test
    void aFigureWithdrawnTwiceIsARowErrorTheSecondTime() {
        neetForTwoQuarters();
        String withdraw = HEADER + "NEET,2026/27 Q2,E08000035,,,,,withdraw\n";
        assertTrue(upload("returns/careers-service/w1.csv", withdraw).accepted());
        Report again = upload("returns/careers-service/w2.csv", withdraw);
        assertFalse(again.accepted());
        assertEquals("action", again.errors().get(0).column());
    }
}
