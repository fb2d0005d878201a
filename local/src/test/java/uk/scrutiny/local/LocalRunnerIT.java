package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a user runs it: {@code run --data events/demo --out OUT --now 2026-11-25}, through
 * the real function jars in their own JVMs, then what the dashboard would read.
 */
class LocalRunnerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = LocalRunner.projectRoot();
    private static final LocalDate NOW = LocalDate.of(2026, 11, 25);
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TempDir
    static Path work;

    static Path out;
    static JsonNode summary;

    @BeforeAll
    static void runTheDemo() throws IOException {
        out = work.resolve("demo");
        assertEquals(0, LocalRunner.run(ROOT, ROOT.resolve("events/demo"), out, NOW));
        summary = JSON.readTree(out.resolve("site/data/summary.json").toFile());
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = LocalRunnerIT.class.getResourceAsStream("/schema/" + name)) {
            return SCHEMAS.getSchema(in, InputFormat.JSON);
        }
    }

    private static JsonNode indicator(String code) {
        for (JsonNode i : summary.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    @Test
    void theDemoIsRatedAsTheBoardWouldReadIt() {
        // THEN the counts by rating are those the demo was built to show
        JsonNode counts = summary.get("counts");
        assertEquals(6, counts.get("GREEN").asInt());
        assertEquals(7, counts.get("AMBER").asInt());
        assertEquals(5, counts.get("RED").asInt());
        assertEquals(4, counts.get("NO_TARGET").asInt());
        assertEquals(0, counts.get("NO_DATA").asInt());
        assertEquals("2026-11-25", summary.get("asOf").asText());
        assertEquals("E08000035", summary.get("homeArea").asText());
        // AND NEET is red against its target, with a reason in words
        JsonNode neet = indicator("NEET");
        assertEquals("RED", neet.get("rag").asText());
        assertTrue(neet.get("latest").get("reason").asText().startsWith("Red: "), neet.toString());
        assertEquals(
                "E92000001", neet.get("latest").get("benchmark").get("area").asText());
        // AND the late returns and the significantly worsening indicators are listed
        List<String> overdue = new ArrayList<>();
        summary.get("overdue").forEach(o -> overdue.add(o.get("code").asText()));
        assertEquals(List.of("FTE-RATE", "ASSESS-45"), overdue);
        List<String> worsening = new ArrayList<>();
        summary.get("worsening").forEach(o -> worsening.add(o.get("code").asText()));
        assertEquals(List.of("NEET-NK", "ATT-SEC"), worsening);
        // AND a resubmitted figure shows its revisions
        assertEquals(2, indicator("CL-EET").get("latest").get("revisions").asInt());
    }

    @Test
    void theDemoRanksLeedsNationallyAndPublishesClustersWithDisclosureControl() throws IOException {
        // GIVEN the demo's areas file (153 councils) and under-18 conceptions for 2024 from 150 other councils
        // (City of London and the Isles of Scilly have none) beside Leeds's 207 / 14,420 x 1,000 = 14.355
        JsonNode teen = indicator("TEEN-CONC").get("latest");
        // THEN 108 of the 151 councils are lower (better), so Leeds is 109th; h = 150p: Q1 = x[37] + 0.5 (x[38] -
        // x[37]) = 9.3 + 0.5 x 0.2 = 9.4; median = x[75] = 12; Q3 = x[112] + 0.5 x (14.8 - 14.7) = 14.75;
        // 14.355 is above the median and at most Q3: C (worked independently from the demo's CSV files)
        assertEquals(
                "{\"rank\":109,\"of\":151,\"quartile\":\"C\",\"bestQuartile\":\"A\","
                        + "\"cuts\":[3.2,9.4,12,14.75,26.6],"
                        + "\"reason\":\"109th of 151 councils; quartile C (the best is A)\"}",
                teen.get("national").toString());
        // AND nobody published a statistical neighbours figure for 2024, so it is the mean of the ten:
        // Darlington 14.1, North Tyneside 13.3, Stockton-on-Tees 10.4, Bolton 11.4, Calderdale 16.7, Kirklees 11.2,
        // Sheffield 18.5, Wakefield 16.6, Derby 8.6, Bristol 5.0: 125.8 / 10 = 12.58; seven are below 14.355: 8th of 11
        JsonNode sn = teen.get("groups").get(0);
        assertEquals("STAT-NEIGHBOURS", sn.get("code").asText());
        assertEquals(12.58, sn.get("value").asDouble());
        assertTrue(sn.get("computed").asBoolean());
        assertEquals(8, sn.get("rank").asInt());
        // AND the core cities' published 17.1 is used as it was
        JsonNode cc = teen.get("groups").get(1);
        assertEquals(17.1, cc.get("value").asDouble());
        assertFalse(cc.get("computed").asBoolean());
        // AND the NEET clusters: Bramley's 3 is a small number, Otley, Pool and Bramhope's 7 is hidden with it
        JsonNode neet =
                JSON.readTree(out.resolve("site/data/indicators/NEET.json").toFile());
        JsonNode clusters = neet.get("subAreas").get("areas");
        assertEquals("2026/27 Q2", neet.get("subAreas").get("period").asText());
        JsonNode bramley = clusters.get(1);
        assertEquals("LEEDS-CL-BRAMLEY", bramley.get("area").asText());
        assertEquals("small number", bramley.get("suppressed").asText());
        assertTrue(bramley.get("value").isNull() && bramley.get("numerator").isNull(), bramley.toString());
        assertEquals("secondary", clusters.get(5).get("suppressed").asText());
        // AND Rothwell, 44 / 960 = 4.58% (95% CI 3.43% to 6.10%), contains Leeds's 4.6%: SIMILAR
        assertEquals("SIMILAR", clusters.get(7).get("comparison").asText());
        // AND no cluster or other council is charted as a series or listed as a comparator
        for (JsonNode series : neet.get("series")) {
            assertFalse(
                    series.get("area").asText().startsWith("LEEDS-CL-"),
                    series.get("area").asText());
        }
        assertEquals(5, neet.get("series").size());
        assertEquals(151, neet.get("authorities").get("values").size());
        assertFalse(Files.readString(out.resolve("site/data/summary.json")).contains("LEEDS-CL-"));
    }

    @Test
    void everyPublishedFileMatchesItsSchema() throws IOException {
        Schema summarySchema = schema("summary.schema.json");
        Schema indicatorSchema = schema("indicator.schema.json");
        assertEquals(
                List.of(),
                summarySchema
                        .validate(Files.readString(out.resolve("site/data/summary.json")), InputFormat.JSON)
                        .stream()
                        .map(Object::toString)
                        .toList());
        try (Stream<Path> files = Files.list(out.resolve("site/data/indicators"))) {
            List<Path> all = files.toList();
            assertEquals(22, all.size());
            for (Path file : all) {
                assertEquals(
                        List.of(),
                        indicatorSchema.validate(Files.readString(file), InputFormat.JSON).stream()
                                .map(Object::toString)
                                .toList(),
                        file.toString());
            }
        }
    }

    @Test
    void uploadsAreNeverChangedAndEachHasAReport() throws IOException {
        for (Path file : LocalRunner.filesIn(ROOT.resolve("events/demo"))) {
            String key = ROOT.resolve("events/demo").relativize(file).toString().replace('\\', '/');
            assertArrayEquals(
                    Files.readAllBytes(file),
                    Files.readAllBytes(out.resolve("returns").resolve(key)),
                    key);
            String report = key.startsWith("returns/") ? key.substring("returns/".length()) : key;
            JsonNode r = JSON.readTree(
                    out.resolve("returns/reports").resolve(report + ".json").toFile());
            assertEquals("ACCEPTED", r.get("status").asText(), key);
        }
    }

    @Test
    void theSameDataAndClockPublishTheSameBytesApartFromGeneratedAt() throws IOException {
        // WHEN the whole demo is run again from scratch
        Path again = work.resolve("again");
        assertEquals(0, LocalRunner.run(ROOT, ROOT.resolve("events/demo"), again, NOW));
        // THEN every published file is identical once generatedAt is set aside
        try (Stream<Path> files = Files.walk(out.resolve("site/data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = again.resolve("site/data")
                        .resolve(out.resolve("site/data").relativize(file).toString());
                assertEquals(withoutGeneratedAt(file), withoutGeneratedAt(twin), file.toString());
            }
        }
    }

    private static String withoutGeneratedAt(Path file) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
        assertTrue(node.has("generatedAt"));
        node.remove("generatedAt");
        return node.toString();
    }

    @Test
    void badReturnsAreRejectedWithLineAndColumnAndStoreNothing() throws IOException {
        // GIVEN the demo catalogue and the collection of bad returns
        Path data = work.resolve("bad-in");
        copy(ROOT.resolve("events/demo/config"), data.resolve("config"));
        copy(ROOT.resolve("events/bad/returns"), data.resolve("returns"));
        Path bad = work.resolve("bad-out");
        // WHEN they are run
        assertEquals(0, LocalRunner.run(ROOT, data, bad, NOW));
        // THEN each bad file is rejected with the problem located
        JsonNode periods = JSON.readTree(bad.resolve("returns/reports/social-care/03-malformed-periods.csv.json")
                .toFile());
        assertEquals("REJECTED", periods.get("status").asText());
        assertEquals(3, periods.get("errorCount").asInt());
        assertEquals("period", periods.get("errors").get(0).get("column").asText());
        JsonNode latin1 = JSON.readTree(bad.resolve("returns/reports/nhs-public-health/11-not-utf8.csv.json")
                .toFile());
        assertEquals("REJECTED", latin1.get("status").asText());
        assertTrue(latin1.get("errors").get(0).get("message").asText().contains("not UTF-8"));
        // AND only the accepted edge-case file reached the published figures (ALC-U18 2020/21)
        JsonNode s = JSON.readTree(bad.resolve("site/data/summary.json").toFile());
        int withData = 0;
        for (JsonNode i : s.get("indicators")) {
            withData += i.get("latest").isNull() ? 0 : 1;
        }
        assertEquals(1, withData);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
