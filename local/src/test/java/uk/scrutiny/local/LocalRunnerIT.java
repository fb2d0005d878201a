package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.publish.SummaryFiles;
import uk.scrutiny.validation.Problems;

/**
 * End to end, as a user runs it: {@code run --data events/demo --out OUT --now 2026-11-25}, through
 * the real function jars in their own JVMs, then what the dashboard would read.
 */
class LocalRunnerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = LocalRunner.projectRoot();
    private static final LocalDate NOW = LocalDate.of(2026, 11, 25);
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Pattern GENERATED_AT = Pattern.compile("(\"generatedAt\"\\s*:\\s*)\"[^\"]*\"");

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

    @Test
    void theFunctionsMetricsReachTheirLogsAsEmbeddedMetricFormat() {
        // THEN the real function jars, configured by the template, printed EMF lines the runner can total
        Map<String, Double> totals = new HashMap<>();
        for (MetricTotals.Total t : MetricTotals.read(out.resolve("logs"), Map.of())) {
            assertEquals("CouncilPerformance", t.namespace());
            totals.put(t.name(), t.sum());
        }
        assertTrue(totals.get("UploadsAccepted") > 0, totals.toString());
        assertTrue(totals.get("RowsStored") > 0, totals.toString());
        // the stream's batch and the nightly run each published
        assertTrue(totals.get("Published") >= 2, totals.toString());
        assertEquals(0, totals.get("PublishFailed"), totals.toString());
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
        // AND the late returns (longest overdue first: ASSESS-45's July was due on 30 August; FTE-RATE's
        // late 2026/27 Q1 return came in on 20 November, so only its Q2, due 14 November, is awaited) and the
        // significantly worsening indicators are listed
        List<String> overdue = new ArrayList<>();
        summary.get("overdue").forEach(o -> overdue.add(o.get("code").asText()));
        assertEquals(List.of("ASSESS-45", "FTE-RATE"), overdue);
        List<String> worsening = new ArrayList<>();
        summary.get("worsening").forEach(o -> worsening.add(o.get("code").asText()));
        assertEquals(List.of("NEET-NK", "ATT-SEC"), worsening);
        // AND a resubmitted figure shows its revisions
        assertEquals(2, indicator("CL-EET").get("latest").get("revisions").asInt());
    }

    @Test
    void theDemoLooksAheadAsIssue12Asks() throws IOException {
        // THEN NEET is rated against the 2026/27 year target, named in its reason
        JsonNode neet = indicator("NEET").get("latest");
        assertEquals("2026/27", neet.get("targetPeriod").asText());
        assertTrue(
                neet.get("reason").asText().startsWith("Red: 4.6% is 0.6 points above the 2026/27 target of 4"),
                neet.toString());
        // AND its seasonal 2026/27 Q2 target wins over the year's for not-known
        assertEquals(
                "2026/27 Q2",
                indicator("NEET-NK").get("latest").get("targetPeriod").asText());
        // AND NEET's year targets form a trajectory into future years
        JsonNode neetFile =
                JSON.readTree(out.resolve("site/data/indicators/NEET.json").toFile());
        List<String> trajectory = new ArrayList<>();
        neetFile.get("trajectory").forEach(t -> trajectory.add(t.get("period").asText()));
        assertEquals(List.of("2026/27", "2027/28", "2028/29"), trajectory);
        // AND NEET's forecast continues its last 5 quarters to 4.8% in 2026/27 Q3
        JsonNode forecast = neet.get("forecast");
        assertEquals("2026/27 Q3", forecast.get("period").asText());
        assertEquals(4.8, forecast.get("value").asDouble());
        assertEquals(5, forecast.get("basis").size());
        // AND GCSE English and maths, amber at 45.1% against 46%, is at risk of red: flat at 44.1%, 2.9 points
        // short of the 2026/27 target of 47%
        JsonNode risk = indicator("KS4-EM5").get("latest").get("atRisk");
        assertEquals("AMBER", risk.get("from").asText());
        assertEquals("RED", risk.get("to").asText());
        assertEquals("2026/27", risk.get("targetPeriod").asText());
        List<String> atRisk = new ArrayList<>();
        summary.get("atRisk").forEach(a -> atRisk.add(a.get("code").asText()));
        assertEquals(List.of("KS4-EM5"), atRisk);
        // AND first time entrants, red against the 2026/27 target, turned the curve: 185.4 against the 196.5
        // its previous 5 quarters pointed to
        JsonNode fte = indicator("FTE-RATE").get("latest");
        assertEquals("RED", fte.get("rag").asText());
        assertEquals("2026/27", fte.get("targetPeriod").asText());
        assertEquals("TURNED", fte.get("curve").get("status").asText());
        assertEquals(196.5, fte.get("curve").get("forecast").asDouble());
        // AND the recent trends: persistent absence significantly falling (getting better); not-known's
        // chi-squared is above 9.5495 but the September peak fails the leave-one-out check
        JsonNode absence = indicator("PA-SEC").get("latest").get("recentTrend");
        assertEquals("DECREASING", absence.get("direction").asText());
        assertEquals("GETTING_BETTER", absence.get("assessment").asText());
        JsonNode notKnown = indicator("NEET-NK").get("latest").get("recentTrend");
        assertEquals("NO_SIGNIFICANT_CHANGE", notKnown.get("direction").asText());
        assertTrue(notKnown.get("chiSquared").asDouble() > 9.5495, notKnown.toString());
        // AND children looked after (polarity none) has a forecast but no curve
        assertTrue(indicator("CLA-NUM").get("latest").get("curve").isNull());
        assertEquals(
                1439,
                indicator("CLA-NUM").get("latest").get("forecast").get("value").asInt());
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
    void theBoardsCommentaryJudgesNeetAmberBesideItsComputedRedAsIssue12Asks() throws IOException {
        // THEN NEET, computed RED, is headlined AMBER as judged for its latest period, with the reason and story
        JsonNode neet = indicator("NEET");
        assertEquals("RED", neet.get("rag").asText());
        assertEquals("AMBER", neet.get("headlineRag").asText());
        JsonNode judged = neet.get("judged");
        assertEquals("AMBER", judged.get("rating").asText());
        assertTrue(judged.get("reason").asText().startsWith("At risk but improving"), judged.toString());
        assertEquals("Head of Learning Inclusion", judged.get("author").asText());
        assertEquals("2026/27 Q2", judged.get("period").asText());
        assertTrue(neet.get("story").get("story").asText().contains("881 young people"));
        assertTrue(neet.get("story").get("actions").asText().startsWith("The careers service is contacting"));
        // AND the catalogue's description of what it measures
        assertEquals(
                "Head of Learning Inclusion", neet.get("about").get("owner").asText());
        assertTrue(neet.get("about").get("source").asText().contains("NCCIS"));
        assertTrue(indicator("CLA-NUM").get("about").get("definition").isNull());
        // AND the exceptions list it by its headline rating, the computed one beside it
        JsonNode listed = null;
        for (JsonNode e : summary.get("exceptions")) {
            if (e.get("code").asText().equals("NEET")) {
                listed = e;
            }
        }
        assertEquals("AMBER", listed.get("headlineRag").asText());
        assertEquals("RED", listed.get("rag").asText());
        // AND a story without a judged rating leaves the headline the computed one
        JsonNode cla = indicator("CLA-RATE");
        assertEquals(cla.get("rag").asText(), cla.get("headlineRag").asText());
        assertTrue(cla.get("judged").isNull());
        assertTrue(cla.get("story").get("story").asText().contains("National Transfer Scheme"));
        // AND the priority P04, computed RED, is judged AMBER
        JsonNode p04 = null;
        for (JsonNode p : summary.get("priorities")) {
            if (p.get("code").asText().equals("P04")) {
                p04 = p;
            }
        }
        assertEquals("RED", p04.get("rag").asText());
        assertEquals("AMBER", p04.get("headlineRag").asText());
        assertEquals("Chief Officer, Learning", p04.get("story").get("author").asText());
        // AND the indicator file carries the same
        JsonNode file =
                JSON.readTree(out.resolve("site/data/indicators/NEET.json").toFile());
        assertEquals("AMBER", file.get("headlineRag").asText());
        assertEquals("RED", file.get("rag").asText());
        assertEquals("AMBER", file.get("judged").get("rating").asText());
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
            // AND the report names the version it describes, its order and who uploaded it (the S3 event's
            // userIdentity.principalId; the runner's own)
            assertTrue(r.hasNonNull("versionId") && r.hasNonNull("order") && r.hasNonNull("processedAt"), key);
            assertEquals("AWS:LOCALRUNNER", r.get("uploadedBy").asText(), key);
        }
    }

    @Test
    void theSameDataAndClockPublishTheSameBytesApartFromGeneratedAt() throws IOException {
        // GIVEN the files the demo should publish: the summary and one file per catalogue indicator
        Set<String> expected = filesTheDemoCataloguePublishes();
        // WHEN the whole demo is run again from scratch
        Path again = work.resolve("again");
        assertEquals(0, LocalRunner.run(ROOT, ROOT.resolve("events/demo"), again, NOW));
        // THEN both runs published exactly those files
        assertEquals(expected, publishedFiles(out));
        assertEquals(expected, publishedFiles(again));
        // AND every one is the same, byte for byte, once generatedAt's value is set aside
        for (String key : expected) {
            assertEquals(withoutGeneratedAt(out, key), withoutGeneratedAt(again, key), key);
        }
    }

    /** data/summary.json and data/indicators/CODE.json for each indicator of events/demo/config/indicators.csv. */
    private static Set<String> filesTheDemoCataloguePublishes() throws IOException {
        Problems problems = new Problems();
        Catalogue catalogue;
        try (InputStream in = Files.newInputStream(ROOT.resolve("events/demo/config/indicators.csv"))) {
            catalogue = new CatalogueReader().read(in, problems);
        }
        assertEquals(List.of(), problems.listed());
        assertFalse(catalogue.isEmpty(), "the demo catalogue has indicators");
        Set<String> keys = new TreeSet<>();
        keys.add(SummaryFiles.SUMMARY_KEY);
        for (Indicator indicator : catalogue.indicators()) {
            keys.add(SummaryFiles.indicatorKey(indicator.code()));
        }
        assertEquals(catalogue.size() + 1, keys.size());
        return keys;
    }

    /** The key of every file a run published under data/, as the site bucket holds it. */
    private static Set<String> publishedFiles(Path run) throws IOException {
        Path site = run.resolve("site");
        try (Stream<Path> files = Files.walk(site.resolve("data"))) {
            return files.filter(Files::isRegularFile)
                    .map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The file's text (strictly UTF-8, so equal text is equal bytes) with the value of its one
     * generatedAt field blanked.
     */
    private static String withoutGeneratedAt(Path run, String key) throws IOException {
        String text = Files.readString(run.resolve("site").resolve(key), StandardCharsets.UTF_8);
        Matcher generatedAt = GENERATED_AT.matcher(text);
        assertTrue(generatedAt.find(), key + " has a generatedAt");
        assertFalse(generatedAt.find(), key + " has one generatedAt");
        return GENERATED_AT.matcher(text).replaceFirst("$1\"(generatedAt)\"");
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
        // AND each rejected provider is sent a notice naming the file, the first problem and what to do
        List<String> socialCare = Files.readAllLines(bad.resolve("notices/social-care.jsonl"));
        JsonNode notice = socialCare.stream()
                .map(LocalRunnerIT::json)
                .filter(n -> n.get("subject").asText().contains("03-malformed-periods.csv"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(socialCare.toString()));
        assertEquals("social-care", notice.get("provider").asText());
        assertTrue(notice.get("message").asText().contains("- line 2, column period: "), notice.toString());
        assertTrue(notice.get("message").asText().contains("What to do: correct the file"), notice.toString());
        // AND issue 8's rules: a decimal comma, and a quarter that has not ended by the upload (--now 2026-11-25)
        JsonNode comma = JSON.readTree(bad.resolve("returns/reports/nhs-public-health/14-decimal-comma.csv.json")
                .toFile());
        assertEquals("REJECTED", comma.get("status").asText());
        assertEquals(2, comma.get("errors").get(0).get("line").asInt());
        assertEquals("value", comma.get("errors").get(0).get("column").asText());
        JsonNode future = JSON.readTree(bad.resolve("returns/reports/careers-service/13-quarter-not-ended.csv.json")
                .toFile());
        assertEquals("REJECTED", future.get("status").asText());
        assertTrue(future.get("errors").get(0).get("message").asText().contains("ends on 31 December 2026"));
        // AND only the accepted edge-case file reached the published figures (ALC-U18 2020/21)
        JsonNode s = JSON.readTree(bad.resolve("site/data/summary.json").toFile());
        int withData = 0;
        for (JsonNode i : s.get("indicators")) {
            withData += i.get("latest").isNull() ? 0 : 1;
        }
        assertEquals(1, withData);
    }

    @Test
    void eachNightProvidersWithOverdueReturnsAreReminded() throws IOException {
        // THEN the nightly run sent social care a notice for its overdue monthly assessments return
        List<String> lines = Files.readAllLines(out.resolve("notices/social-care.jsonl"));
        JsonNode overdue = lines.stream()
                .map(LocalRunnerIT::json)
                .filter(n -> n.get("subject").asText().equals("Overdue returns as of 2026-11-25"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(lines.toString()));
        assertTrue(overdue.get("message").asText().contains("- ASSESS-45 ("), overdue.toString());
        assertTrue(overdue.get("message").asText().contains("days overdue."), overdue.toString());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
