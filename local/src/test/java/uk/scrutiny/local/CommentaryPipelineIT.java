package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.scrutiny.catalogue.About;
import uk.scrutiny.commentary.CommentaryBook;
import uk.scrutiny.commentary.JudgedRating;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;

/**
 * Issue 12: commentary files and the catalogue's description columns through the real handler into
 * the table (dynalite) and back: stored with provenance, revised by a later upload, the earlier kept.
 */
class CommentaryPipelineIT extends PipelineFixture {
    static final String KEY = "commentary/2026-11-20-q2-board-commentary.csv";
    static final String HEADER = "code,period,judged_rating,reason,story,actions,author\n";
    static final Period Q2 = Period.parse(Frequency.QUARTERLY, "2026/27 Q2");

    @Override
    Aws aws() {
        return LocalEmulators.aws();
    }

    @Test
    void aCommentaryUploadIsStoredAndALaterOneRevisesIt() throws IOException {
        // GIVEN the catalogue
        loadCatalogue();
        // WHEN the performance team judges NEET AMBER, with a story, and gives P01 a story
        handler(store)
                .handleRequest(
                        put(
                                KEY,
                                HEADER
                                        + "NEET,2026/27 Q2,AMBER,At risk but improving,\"<b>881</b> young people,\n"
                                        + "a seasonal rise\",Tracking every leaver,Head of Learning Inclusion\n"
                                        + "P01,2026/27,,,Fewer children entering care,,\n",
                                Instant.parse("2026-11-20T10:00:00Z")),
                        null);
        // THEN it is accepted, reported under reports/commentary/, and read back exactly, markup as text
        JsonNode report = report("reports/commentary/2026-11-20-q2-board-commentary.csv.json");
        assertEquals("ACCEPTED", report.get("status").asText(), report.toString());
        assertEquals(2, report.get("rowsAccepted").asLong());
        CommentaryBook book = store.commentary();
        CommentaryBook.Entry neet = book.forIndicator("NEET", Q2).orElseThrow();
        assertEquals(JudgedRating.AMBER, neet.commentary().judgedRating());
        assertEquals("At risk but improving", neet.commentary().reason());
        assertEquals(
                "<b>881</b> young people,\na seasonal rise", neet.commentary().story());
        assertEquals("Head of Learning Inclusion", neet.commentary().author());
        assertEquals(KEY, neet.current().sourceKey());
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), neet.current().receivedAt());
        assertEquals(2, neet.commentary().line());
        assertEquals(
                "Fewer children entering care",
                book.latestForPriority("P01").orElseThrow().commentary().story());
        // WHEN a later upload judges NEET GREEN for the same period
        handler(store)
                .handleRequest(
                        put(
                                "commentary/2026-11-24-correction.csv",
                                HEADER
                                        + "NEET,2026/27 Q2,GREEN,December count confirmed,,,Head of Learning Inclusion\n",
                                Instant.parse("2026-11-24T09:00:00Z")),
                        null);
        // THEN it is current, and the first is kept as history
        neet = store.commentary().forIndicator("NEET", Q2).orElseThrow();
        assertEquals(JudgedRating.GREEN, neet.commentary().judgedRating());
        assertEquals(2, neet.revisions());
        assertEquals(JudgedRating.AMBER, neet.history().get(0).commentary().judgedRating());
    }

    @Test
    void anOlderCommentaryUploadProcessedLateNeverBecomesCurrent() {
        loadCatalogue();
        var older = put(KEY, HEADER + "NEET,2026/27 Q2,RED,Older,,,\n", Instant.parse("2026-11-20T10:00:00Z"));
        var newer = put(KEY, HEADER + "NEET,2026/27 Q2,GREEN,Newer,,,\n", Instant.parse("2026-11-20T10:05:00Z"));
        handler(store).handleRequest(newer, null);
        handler(store).handleRequest(older, null);
        CommentaryBook.Entry neet = store.commentary().forIndicator("NEET", Q2).orElseThrow();
        assertEquals("Newer", neet.commentary().reason());
        assertEquals(2, neet.revisions());
    }

    @Test
    void aRejectedCommentaryFileStoresNothing() throws IOException {
        loadCatalogue();
        handler(store)
                .handleRequest(put(KEY, HEADER + "NEET,2026/27 Q2,GREEN,,,,\nNI117,2026/27 Q2,,,Story,,\n"), null);
        JsonNode report = report("reports/commentary/2026-11-20-q2-board-commentary.csv.json");
        assertEquals("REJECTED", report.get("status").asText());
        assertEquals(2, report.get("errorCount").asLong(), report.toString());
        assertTrue(store.commentary().isEmpty());
        assertEquals(
                0,
                aws.dynamo()
                        .query(b -> b.tableName(table)
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("COMMENTARY"))))
                        .count());
    }

    @Test
    void theCataloguesDescriptionColumnsAreStoredAndReadBack() {
        handler(store)
                .handleRequest(
                        put(
                                "config/indicators.csv",
                                CATALOGUE
                                        .replace("providers\n", "providers,definition,source,methodology,owner\n")
                                        .replace(
                                                "quarterly,45,careers-service\n",
                                                "quarterly,45,careers-service,\"16-17 year olds NEET,\nas a %\",NCCIS,"
                                                        + ",Head of Learning Inclusion\n")),
                        null);
        assertEquals(
                new About("16-17 year olds NEET,\nas a %", "NCCIS", null, "Head of Learning Inclusion"),
                store.catalogue().find("NEET").orElseThrow().about());
        assertEquals(
                About.NONE, store.catalogue().find("CLA-RATE").orElseThrow().about());
    }
}
