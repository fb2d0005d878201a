package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scrutiny.commentary.Commentary;
import uk.scrutiny.commentary.CommentaryBook;
import uk.scrutiny.commentary.JudgedRating;
import uk.scrutiny.commentary.StoredCommentary;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.rating.Headlines;
import uk.scrutiny.rating.RatingEngine;
import uk.scrutiny.rating.Summary;

/**
 * Issue 12 point 7: for the latest period a judged rating is the headline; the computed rating stays
 * beside it, and the exceptions list goes by the headline. In the Leeds example NEET-NK is computed
 * AMBER (2023/24 Q2), CLA-RATE AMBER (2022/23) and ATT-PRI RED (2022/23).
 */
class JudgedRatingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2024-01-10T06:00:00Z");

    private final List<StoredCommentary> rows = new ArrayList<>();

    private void comment(
            String order,
            String code,
            Commentary.Kind kind,
            Frequency frequency,
            String period,
            JudgedRating rating,
            String reason,
            String story) {
        rows.add(new StoredCommentary(
                new Commentary(
                        code,
                        kind,
                        Period.parse(frequency, period),
                        rating,
                        reason,
                        story,
                        story == null ? null : "Actions for " + code,
                        "Head of Service",
                        2),
                "commentary/" + order + ".csv",
                NOW,
                order));
    }

    private Map<String, byte[]> publish() {
        Summary computed = new RatingEngine()
                .rate(
                        LeedsExample.catalogue(),
                        LeedsExample.targets(),
                        LeedsExample.values(),
                        LeedsExample.context(NOW));
        Summary summary = computed.withHeadlines(Headlines.of(computed, CommentaryBook.of(rows)));
        return new SummaryFiles().files(summary);
    }

    private static JsonNode json(byte[] bytes) throws Exception {
        return MAPPER.readTree(bytes);
    }

    private static JsonNode indicator(JsonNode summary, String code) {
        for (JsonNode i : summary.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void withoutCommentaryTheHeadlineIsTheComputedRating() throws Exception {
        JsonNode summary = json(publish().get("data/summary.json"));
        for (JsonNode i : summary.get("indicators")) {
            assertEquals(i.get("rag").asText(), i.get("headlineRag").asText());
            assertTrue(i.get("judged").isNull() && i.get("story").isNull());
        }
        for (JsonNode p : summary.get("priorities")) {
            assertEquals(p.get("rag").asText(), p.get("headlineRag").asText());
        }
        for (JsonNode e : summary.get("exceptions")) {
            assertEquals(e.get("rag").asText(), e.get("headlineRag").asText());
        }
    }

    @Test
    void aJudgedRatingForTheLatestPeriodIsTheHeadlineAndTheExceptionsGoByIt() throws Exception {
        // GIVEN ATT-PRI (computed RED) judged GREEN and NEET-NK (computed AMBER) judged RED, for their latest periods
        comment(
                "2024-01-05T10:00:00Z#1",
                "ATT-PRI",
                Commentary.Kind.INDICATOR,
                Frequency.ACADEMIC_YEAR,
                "2022/23",
                JudgedRating.GREEN,
                "Unauthorised absence fell in the autumn term",
                "Attendance is recovering.");
        comment(
                "2024-01-05T10:00:00Z#1",
                "NEET-NK",
                Commentary.Kind.INDICATOR,
                Frequency.QUARTERLY,
                "2023/24 Q2",
                JudgedRating.RED,
                "The not-known rate is rising",
                null);
        // AND CLA-RATE commented on for an earlier period only
        comment(
                "2024-01-05T10:00:00Z#1",
                "CLA-RATE",
                Commentary.Kind.INDICATOR,
                Frequency.FINANCIAL_YEAR,
                "2021/22",
                JudgedRating.GREEN,
                "Old news",
                "Old story");
        // WHEN published
        Map<String, byte[]> files = publish();
        JsonNode summary = json(files.get("data/summary.json"));
        // THEN the headline is the judged rating, the computed one kept beside it
        JsonNode att = indicator(summary, "ATT-PRI");
        assertEquals("RED", att.get("rag").asText());
        assertEquals("GREEN", att.get("headlineRag").asText());
        assertEquals("GREEN", att.get("judged").get("rating").asText());
        assertEquals(
                "Unauthorised absence fell in the autumn term",
                att.get("judged").get("reason").asText());
        assertEquals("Head of Service", att.get("judged").get("author").asText());
        assertEquals("2022/23", att.get("judged").get("period").asText());
        assertEquals("Attendance is recovering.", att.get("story").get("story").asText());
        assertEquals("Actions for ATT-PRI", att.get("story").get("actions").asText());
        assertEquals("2022/23", att.get("story").get("period").asText());
        // AND commentary on a period that is not the latest is not the headline
        JsonNode cla = indicator(summary, "CLA-RATE");
        assertEquals("AMBER", cla.get("headlineRag").asText());
        assertTrue(cla.get("judged").isNull() && cla.get("story").isNull(), cla.toString());
        // AND the exceptions list is by headline: NEET-NK (judged RED) first, CLA-RATE (AMBER); ATT-PRI judged GREEN
        // left
        List<String> listed = new ArrayList<>();
        summary.get("exceptions")
                .forEach(e -> listed.add(e.get("code").asText() + ":"
                        + e.get("headlineRag").asText() + "/" + e.get("rag").asText()));
        assertEquals(List.of("NEET-NK:RED/AMBER", "CLA-RATE:AMBER/AMBER"), listed);
        // AND the counts stay computed
        assertEquals(1, summary.get("counts").get("RED").asInt());
        // AND the indicator file carries the same, and every file is valid against its schema
        JsonNode attFile = json(files.get("data/indicators/ATT-PRI.json"));
        assertEquals("RED", attFile.get("rag").asText());
        assertEquals("GREEN", attFile.get("headlineRag").asText());
        assertEquals("GREEN", attFile.get("judged").get("rating").asText());
        assertSchemas(files);
    }

    @Test
    void aPrioritysHeadlineIsItsJudgedRatingForItsLatestCommentaryPeriod() throws Exception {
        // GIVEN OB1 (computed AMBER) judged GREEN for 2022/23, then RED for 2023/24 Q1, and a story for the year
        // 2023/24
        comment(
                "2024-01-05T10:00:00Z#1",
                "OB1",
                Commentary.Kind.PRIORITY,
                Frequency.FINANCIAL_YEAR,
                "2022/23",
                JudgedRating.GREEN,
                "Last year",
                null);
        comment(
                "2024-01-05T10:00:00Z#1",
                "OB1",
                Commentary.Kind.PRIORITY,
                Frequency.QUARTERLY,
                "2023/24 Q2",
                JudgedRating.RED,
                "Placements are under pressure",
                "More children are entering care than planned.");
        comment(
                "2024-01-05T10:00:00Z#1",
                "OB2",
                Commentary.Kind.PRIORITY,
                Frequency.FINANCIAL_YEAR,
                "2023/24",
                null,
                null,
                "Attendance is the focus this year.");
        JsonNode summary = json(publish().get("data/summary.json"));
        JsonNode ob1 = summary.get("priorities").get(1);
        assertEquals("OB1", ob1.get("code").asText());
        assertEquals("AMBER", ob1.get("rag").asText());
        assertEquals("RED", ob1.get("headlineRag").asText());
        assertEquals("2023/24 Q2", ob1.get("judged").get("period").asText());
        assertEquals(
                "More children are entering care than planned.",
                ob1.get("story").get("story").asText());
        JsonNode ob2 = summary.get("priorities").get(2);
        assertEquals("RED", ob2.get("headlineRag").asText(), "a story alone leaves the computed rating");
        assertTrue(ob2.get("judged").isNull());
        assertEquals("2023/24", ob2.get("story").get("period").asText());
    }

    @Test
    void aLaterUploadForTheSameCodeAndPeriodReplacesTheEarlierAsCurrent() throws Exception {
        // GIVEN NEET-NK judged GREEN, then (a later upload, processed first) judged RED
        comment(
                "2024-01-06T10:00:00Z#2",
                "NEET-NK",
                Commentary.Kind.INDICATOR,
                Frequency.QUARTERLY,
                "2023/24 Q2",
                JudgedRating.RED,
                "Revised: rising",
                null);
        comment(
                "2024-01-05T10:00:00Z#1",
                "NEET-NK",
                Commentary.Kind.INDICATOR,
                Frequency.QUARTERLY,
                "2023/24 Q2",
                JudgedRating.GREEN,
                "First view",
                null);
        JsonNode neet = indicator(json(publish().get("data/summary.json")), "NEET-NK");
        assertEquals("RED", neet.get("headlineRag").asText());
        assertEquals("Revised: rising", neet.get("judged").get("reason").asText());
        CommentaryBook book = CommentaryBook.of(rows);
        assertEquals(
                2,
                book.forIndicator("NEET-NK", Period.parse(Frequency.QUARTERLY, "2023/24 Q2"))
                        .orElseThrow()
                        .revisions(),
                "the earlier is kept as history");
    }

    @Test
    void hostileTextIsPublishedAsTextWithinValidJson() throws Exception {
        comment(
                "2024-01-05T10:00:00Z#1",
                "NEET-NK",
                Commentary.Kind.INDICATOR,
                Frequency.QUARTERLY,
                "2023/24 Q2",
                JudgedRating.AMBER,
                "</script><script>alert(1)</script>",
                "\"quoted\" \\ back\nslash <b>bold</b>");
        Map<String, byte[]> files = publish();
        JsonNode neet = indicator(json(files.get("data/summary.json")), "NEET-NK");
        assertEquals(
                "</script><script>alert(1)</script>",
                neet.get("judged").get("reason").asText());
        assertEquals(
                "\"quoted\" \\ back\nslash <b>bold</b>",
                neet.get("story").get("story").asText());
        assertSchemas(files);
    }

    private static void assertSchemas(Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertEquals(
                    List.of(),
                    SchemaCheck.errors(
                            file.getKey().equals("data/summary.json") ? SchemaCheck.SUMMARY : SchemaCheck.INDICATOR,
                            text),
                    file.getKey());
        }
    }
}
