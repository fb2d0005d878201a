package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scrutiny.returns.UploadKey;

/**
 * Issue 8, end to end through the runner's emulated cloud and the real function jars: the demo is
 * loaded, then one bad-but-plausible upload after another, each of the kinds that once stopped
 * publishing or slipped through. After each one the provider has a readable report with the right
 * status and first problem, the nightly run still publishes, and every good indicator is rated as
 * before.
 */
class HostileUploadsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = LocalRunner.projectRoot();
    private static final LocalDate NOW = LocalDate.of(2026, 11, 25);
    private static final String RETURN = "indicator_code,period,area_code,value,numerator,denominator,note\n";

    @TempDir
    static Path logs;

    static LocalCloud cloud;
    static String returns;
    static Map<String, String> goodRatings;

    @BeforeAll
    static void loadTheDemo() throws IOException {
        cloud = LocalCloud.start(ROOT, 0, logs, LocalRunner.clockOn(NOW));
        returns = cloud.bucket(LocalCloud.RETURNS_BUCKET);
        Path demo = ROOT.resolve("events/demo");
        for (Path file : LocalRunner.filesIn(demo)) {
            String key = demo.relativize(file).toString().replace('\\', '/');
            cloud.upload(returns, key, Files.readAllBytes(file));
            cloud.streamTick(false);
        }
        cloud.streamTick(true);
        assertTrue(Schedules.runAll(cloud, NOW).isEmpty());
        goodRatings = ratings(summary());
        assertEquals("RED", goodRatings.get("NEET"));
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static JsonNode summary() throws IOException {
        return JSON.readTree(cloud.s3()
                .getObjectAsBytes(
                        b -> b.bucket(cloud.bucket(LocalCloud.SITE_BUCKET)).key("data/summary.json"))
                .asByteArray());
    }

    private static Map<String, String> ratings(JsonNode summary) {
        Map<String, String> ratings = new TreeMap<>();
        summary.get("indicators")
                .forEach(i -> ratings.put(i.get("code").asText(), i.get("rag").asText()));
        return ratings;
    }

    /** Uploads the file, lets the stream and the nightly run publish, and returns its report. */
    private static JsonNode upload(String key, byte[] content) throws IOException {
        List<LocalCloud.Delivery> deliveries = cloud.upload(returns, key, content);
        assertTrue(deliveries.stream().allMatch(LocalCloud.Delivery::succeeded), deliveries.toString());
        assertTrue(cloud.streamTick(true).stream().allMatch(LocalCloud.Delivery::succeeded));
        String before = summary().get("generatedAt").asText();
        // THEN publishing still works: the nightly run succeeds and writes a new summary
        assertTrue(Schedules.runAll(cloud, NOW).isEmpty(), "the nightly run failed after " + key);
        JsonNode after = summary();
        assertFalse(before.equals(after.get("generatedAt").asText()), "no new summary after " + key);
        String reportKey = UploadKey.of(key).reportKey();
        byte[] report = cloud.s3()
                .getObjectAsBytes(b -> b.bucket(returns).key(reportKey))
                .asByteArray();
        // AND a report is always readable and under 1 MB
        assertTrue(report.length < 1024 * 1024, key + ": report of " + report.length + " bytes");
        return JSON.readTree(report);
    }

    private static JsonNode upload(String key, String content) throws IOException {
        return upload(key, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(JsonNode report, int line, String column, String messageStart) {
        assertEquals("REJECTED", report.get("status").asText(), report.toString());
        JsonNode first = report.get("errors").get(0);
        assertEquals(line, first.get("line").asInt(), report.toString());
        assertEquals(column, first.get("column").asText(), report.toString());
        assertTrue(first.get("message").asText().startsWith(messageStart), first.toString());
    }

    private static void assertGoodRatingsUnchanged() throws IOException {
        Map<String, String> now = ratings(summary());
        Map<String, String> changed = new LinkedHashMap<>();
        goodRatings.forEach((code, rag) -> {
            if (now.containsKey(code) && !rag.equals(now.get(code))) {
                changed.put(code, rag + " -> " + now.get(code));
            }
        });
        assertEquals(Map.of(), changed);
    }

    @Test
    void everyHostileUploadIsReportedAndNoneStopsPublishingOrChangesAGoodRating() throws IOException {
        // A year before 1000: once stored as display text, it broke every later recalculation
        assertRejected(
                upload("returns/careers-service/year-zero.csv", RETURN + "NEET,0000/01 Q1,E08000035,4.5,,,\n"),
                2,
                "period",
                "");
        // A future period: once accepted, it became NEET's headline and dropped it from the exceptions
        assertRejected(
                upload("returns/careers-service/future.csv", RETURN + "NEET,2062/63 Q1,E08000035,0.1,,,\n"),
                2,
                "period",
                "");
        // A decimal comma: once accepted as the value 4
        assertRejected(
                upload(
                        "returns/careers-service/comma.csv",
                        "indicator_code,period,area_code,value\n" + "NEET,2026/27 Q2,E08000035,4,5\n"),
                2,
                "value",
                "");
        // 10,000 unnamed extra columns: once accepted
        assertRejected(
                upload(
                        "returns/careers-service/wide.csv",
                        "indicator_code,period,area_code,value" + ",".repeat(10_000)
                                + "\nNEET,2026/27 Q2,E08000035,4.6\n"),
                1,
                "",
                "");
        // A 100,000-character area code: once a DynamoDB key-size crash, three retries and no report
        assertRejected(
                upload(
                        "returns/careers-service/long-area.csv",
                        RETURN + "NEET,2026/27 Q2," + "E".repeat(100_000) + ",4.6,,,\n"),
                2,
                "",
                "Line 2 has a cell longer than 10,000 characters");
        // Fractional counts: once a confidence interval that did not contain the value
        assertRejected(
                upload("returns/careers-service/fractions.csv", RETURN + "NEET,2026/27 Q2,E08000035,,1E-20,1E-20,\n"),
                2,
                "numerator",
                "");
        // Huge hostile cells: once a report bigger than the upload
        String cell = "\"" + "<script>\u0001\"\"".repeat(900) + "\"";
        StringBuilder huge = new StringBuilder(RETURN);
        for (int i = 0; i < 200; i++) {
            huge.append(String.join(",", cell, cell, cell, cell, cell, cell, cell))
                    .append('\n');
        }
        assertEquals(
                "REJECTED",
                upload("returns/careers-service/huge.csv", huge.toString())
                        .get("status")
                        .asText());
        // A key over 1,000 bytes: once a crash on the ledger's key size; it is handled, here accepted
        String longKey = "returns/careers-service/" + "long-folder-name/".repeat(60) + "neet.csv";
        assertTrue(longKey.getBytes(StandardCharsets.UTF_8).length > 1000);
        JsonNode longReport = upload(longKey, RETURN + "NEET,2026/27 Q2,E08000035,4.6,,,\n");
        assertEquals("ACCEPTED", longReport.get("status").asText(), longReport.toString());
        // A catalogue changing the frequency of an indicator with figures: once broke every recalculation
        String catalogue = Files.readString(ROOT.resolve("events/demo/config/indicators.csv"));
        String changed = catalogue.replaceFirst("(?m)^(NEET,.*),quarterly,", "$1,financial-year,");
        assertFalse(changed.equals(catalogue));
        JsonNode frequency = upload("config/indicators.csv", changed);
        assertEquals("REJECTED", frequency.get("status").asText(), frequency.toString());
        assertEquals("frequency", frequency.get("errors").get(0).get("column").asText());
        // AND through all of that, no good indicator's rating moved
        assertGoodRatingsUnchanged();
        // FINALLY a catalogue that removes an indicator with figures is accepted with a warning, and its
        // public file is deleted at the next publish
        String without = catalogue.replaceFirst("(?m)^NEET-NK,.*\\R", "");
        JsonNode removal = upload("config/indicators.csv", without);
        assertEquals("ACCEPTED", removal.get("status").asText(), removal.toString());
        assertTrue(removal.get("warnings").get(0).get("message").asText().startsWith("Indicator NEET-NK"));
        assertFalse(cloud.list(cloud.bucket(LocalCloud.SITE_BUCKET)).containsKey("data/indicators/NEET-NK.json"));
        assertFalse(ratings(summary()).containsKey("NEET-NK"));
        assertGoodRatingsUnchanged();
    }
}
