package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.scrutiny.rating.RatingEngine;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.ReportedValue;

class SummaryFilesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant FIRST_RUN = Instant.parse("2024-01-10T06:00:00Z");

    private static Map<String, byte[]> publish(List<ReportedValue> values, Instant generatedAt) {
        Summary summary = new RatingEngine()
                .rate(LeedsExample.catalogue(), LeedsExample.targets(), values, LeedsExample.context(generatedAt));
        return new SummaryFiles().files(summary);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everyFileMatchesItsSchema() throws Exception {
        // GIVEN the Leeds returns
        // WHEN published
        Map<String, byte[]> files = publish(LeedsExample.values(), FIRST_RUN);
        // THEN there is a summary and one file per indicator, each valid against its schema
        assertEquals(
                List.of(
                        "data/summary.json",
                        "data/indicators/NEET-NK.json",
                        "data/indicators/CLA-RATE.json",
                        "data/indicators/ATT-PRI.json",
                        "data/indicators/CSC-CONTACTS.json"),
                List.copyOf(files.keySet()));
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.SUMMARY, text(files.get("data/summary.json"))));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals("data/summary.json")) {
                assertEquals(
                        List.of(), SchemaCheck.errors(SchemaCheck.INDICATOR, text(file.getValue())), file.getKey());
            }
        }
        // Kept for a human look (and for the dashboard engineer): target/example-output/
        Path out = Path.of("target", "example-output");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    @Test
    void theSummarySaysWhatTheBoardNeeds() throws Exception {
        JsonNode summary =
                MAPPER.readTree(publish(LeedsExample.values(), FIRST_RUN).get("data/summary.json"));
        // NEET: 9.5% against 8.9% with a 1.0 point tolerance; 1634 of 17200 (Wilson) is 9.07% to 9.95%, England's 5.2%
        // far below.
        JsonNode neet = summary.get("indicators").get(0).get("latest");
        assertEquals("AMBER", neet.get("rag").asText());
        assertEquals(
                "Amber: 9.5% is 0.6 points above the 8.9% target, within the 1.0 point tolerance.",
                neet.get("reason").asText());
        assertEquals("WORSE", neet.get("benchmark").get("comparison").asText());
        assertEquals(9.07, neet.get("benchmark").get("ciLower").asDouble());
        assertEquals(9.95, neet.get("benchmark").get("ciUpper").asDouble());
        assertEquals("IMPROVING", neet.get("directionOfTravel").asText());
        assertEquals("2022/23 Q2", neet.get("yearEarlier").get("period").asText());
        assertEquals(2, neet.get("revisions").asInt());
        // CLA: 81.1 per 10,000 against 80.0 with the default 4.0 tolerance.
        assertEquals("AMBER", summary.get("indicators").get(1).get("rag").asText());
        // Attendance: 92.4% against 93.0% +- 0.5: red.
        assertEquals("RED", summary.get("indicators").get(2).get("rag").asText());
        // Contacts: nothing reported; the December 2023 return was due 20 January 2024, November's on 20 December.
        JsonNode contacts = summary.get("indicators").get(3);
        assertEquals("NO_DATA", contacts.get("rag").asText());
        assertTrue(contacts.get("latest").isNull());
        assertTrue(contacts.get("overdue").asBoolean());
        assertEquals("2023-11", contacts.get("nextDue").get("period").asText());
        assertEquals(
                "{\"GREEN\":0,\"AMBER\":2,\"RED\":1,\"NO_TARGET\":0,\"NO_DATA\":1}",
                summary.get("counts").toString());
        assertEquals("ATT-PRI", summary.get("exceptions").get(0).get("code").asText());
        assertEquals(21, summary.get("overdue").get(0).get("daysOverdue").asInt());
    }

    @Test
    void theSameInputsGiveTheSameBytesWhateverTheirOrderApartFromGeneratedAt() {
        // GIVEN the same returns in two different orders, rated at two different moments
        List<ReportedValue> shuffled = new ArrayList<>(LeedsExample.values());
        Collections.shuffle(shuffled, new Random(42));
        Map<String, byte[]> first = publish(LeedsExample.values(), FIRST_RUN);
        Map<String, byte[]> second = publish(shuffled, FIRST_RUN.plusSeconds(3600));
        // THEN every file is the same once generatedAt is set aside
        assertEquals(first.keySet(), second.keySet());
        for (String key : first.keySet()) {
            assertNotEquals(text(first.get(key)), text(second.get(key)), "generatedAt should differ");
            assertEquals(withoutGeneratedAt(first.get(key)), withoutGeneratedAt(second.get(key)), key);
        }
        // AND with the same generatedAt, byte for byte
        Map<String, byte[]> third = publish(shuffled, FIRST_RUN);
        for (String key : first.keySet()) {
            assertArrayEquals(first.get(key), third.get(key), key);
        }
    }

    @Test
    void theSchemaCatchesMistakes() throws Exception {
        String good = text(publish(LeedsExample.values(), FIRST_RUN).get("data/summary.json"));

        ObjectNode badRag = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) badRag.get("indicators").get(0)).put("rag", "YELLOW");
        assertFalse(SchemaCheck.errors(SchemaCheck.SUMMARY, badRag.toString()).isEmpty(), "unknown RAG");

        ObjectNode extra = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) extra.get("indicators").get(0).get("latest")).put("colour", "amber");
        assertFalse(SchemaCheck.errors(SchemaCheck.SUMMARY, extra.toString()).isEmpty(), "unknown field");

        ObjectNode missing = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) missing.get("indicators").get(0).get("latest").get("benchmark")).remove("ciLower");
        assertFalse(SchemaCheck.errors(SchemaCheck.SUMMARY, missing.toString()).isEmpty(), "missing field");

        ObjectNode noDataWithLatest = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) noDataWithLatest.get("indicators").get(0)).put("rag", "NO_DATA");
        assertFalse(
                SchemaCheck.errors(SchemaCheck.SUMMARY, noDataWithLatest.toString())
                        .isEmpty(),
                "NO_DATA must have latest null");
    }

    @Test
    void anUnsafeCodeCannotMakeAFolder() {
        assertEquals("data/indicators/NI%2F117.json", SummaryFiles.indicatorKey("NI/117"));
        assertEquals("data/indicators/NEET-NK.json", SummaryFiles.indicatorKey("NEET-NK"));
    }

    private static String withoutGeneratedAt(byte[] bytes) {
        return text(bytes).replaceFirst("\"generatedAt\" : \"[^\"]*\"", "\"generatedAt\" : \"\"");
    }
}
