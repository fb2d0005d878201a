package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scrutiny.commentary.CommentaryBook;
import uk.scrutiny.commentary.JudgedRating;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.InMemoryReturnStore.Status;

/** Issue 12 point 7: commentary/<name>.csv through the upload processor, like every other upload. */
class CommentaryUploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    static final String KEY = "commentary/2026-11-20-q2-board-commentary.csv";
    static final String HEADER = "code,period,judged_rating,reason,story,actions,author\n";
    static final Period Q2 = Period.parse(Frequency.QUARTERLY, "2026/27 Q2");

    private final InMemoryReturnsBucket bucket = InMemoryReturnsBucket.versioned();
    private final InMemoryReturnStore store = new InMemoryReturnStore();
    private final UploadProcessor processor =
            new UploadProcessor(bucket, store, UploadProcessor.DEFAULT_MAX_BYTES, CLOCK, e -> false);

    private void catalogue() {
        Report r = processor.process(bucket.upload(
                UploadKey.CATALOGUE_KEY, UploadProcessorTest.CATALOGUE_HEADER + UploadProcessorTest.NEET_ROW));
        assertTrue(r.accepted(), r::toString);
    }

    private JsonNode report(String key) throws Exception {
        return JSON.readTree(bucket.reportText(UploadKey.of(key).reportKey()));
    }

    @Test
    void theKeyIsACommentaryFileReportedUnderReportsCommentary() {
        UploadKey key = UploadKey.of(KEY);
        assertEquals(UploadKey.Kind.COMMENTARY, key.kind());
        assertNull(key.provider());
        assertEquals("reports/commentary/2026-11-20-q2-board-commentary.csv.json", key.reportKey());
        assertEquals(
                UploadKey.Kind.OUTSIDE_LAYOUT,
                UploadKey.of("commentary/notes.txt").kind());
        assertEquals(
                UploadKey.Kind.OUTSIDE_LAYOUT, UploadKey.of("commentary/.csv").kind());
        assertEquals(
                UploadKey.Kind.OUTSIDE_LAYOUT,
                UploadKey.of("returns/commentary/x.csv").kind(),
                "reserved");
    }

    @Test
    void anAcceptedFileIsStoredWithProvenanceAndALaterOneRevisesIt() throws Exception {
        // GIVEN the catalogue
        catalogue();
        // WHEN the performance team judges NEET AMBER for 2026/27 Q2, and the priority P04 with a story
        Upload first = bucket.upload(
                KEY,
                HEADER + "NEET,2026/27 Q2,AMBER,At risk but improving,Fell for a second quarter,Targeted support,"
                        + "Head of Learning Inclusion\n" + "P04,2026/27,,,Participation is the focus,,\n");
        Report report = processor.process(first);
        // THEN it is accepted and reported like every upload, and made current (committed, then finished) naming the
        // indicators it changes
        assertTrue(report.accepted(), report::toString);
        JsonNode json = report(KEY);
        assertEquals("ACCEPTED", json.get("status").asText());
        assertEquals(2, json.get("rowsAccepted").asInt());
        assertEquals(Status.CURRENT, store.ledger(first).orElseThrow().status());
        assertEquals(Set.of("NEET"), store.ledger(first).orElseThrow().indicators());
        CommentaryBook book = store.commentary();
        CommentaryBook.Entry neet = book.forIndicator("NEET", Q2).orElseThrow();
        assertEquals(JudgedRating.AMBER, neet.commentary().judgedRating());
        assertEquals(KEY, neet.current().sourceKey());
        assertEquals(first.eventTime(), neet.current().receivedAt());
        assertEquals(1, neet.revisions());
        assertEquals(
                "Participation is the focus",
                book.latestForPriority("P04").orElseThrow().commentary().story());
        // WHEN a later upload of commentary judges NEET GREEN for the same period
        Upload second = bucket.upload(
                "commentary/2026-11-24-correction.csv", HEADER + "NEET,2026/27 Q2,GREEN,Confirmed on target,,,Jo\n");
        assertTrue(processor.process(second).accepted());
        // THEN it is current and the first kept as history
        neet = store.commentary().forIndicator("NEET", Q2).orElseThrow();
        assertEquals(JudgedRating.GREEN, neet.commentary().judgedRating());
        assertEquals(2, neet.revisions());
        assertEquals(JudgedRating.AMBER, neet.history().get(0).commentary().judgedRating());
    }

    @Test
    void aRejectedFileStoresNothingAndSaysWhere() throws Exception {
        catalogue();
        Upload upload = bucket.upload(KEY, HEADER + "NEET,2026/27 Q2,RED,,,,\n" + "NEET,2026/27 Q1,,,Fine,,\n");
        Report report = processor.process(upload);
        assertEquals("REJECTED", report.status());
        JsonNode error = report(KEY).get("errors").get(0);
        assertEquals(2, error.get("line").asInt());
        assertEquals("reason", error.get("column").asText());
        assertEquals(Status.REJECTED, store.ledger(upload).orElseThrow().status());
        assertTrue(store.commentary().isEmpty(), "all or nothing");
    }

    @Test
    void commentaryArrivingBeforeTheCatalogueIsCheckedAgainWhenItCommits() throws Exception {
        // GIVEN commentary uploaded before any catalogue (S3 events race): rejected for its unknown code
        Upload early = bucket.upload(KEY, HEADER + "NEET,2026/27 Q2,GREEN,On target,,,\n");
        assertEquals("REJECTED", processor.process(early).status());
        assertTrue(report(KEY).get("note").asText().contains("checked again automatically"));
        // WHEN the catalogue commits
        catalogue();
        // THEN the commentary is accepted and stored, its report replaced
        JsonNode json = report(KEY);
        assertEquals("ACCEPTED", json.get("status").asText(), json.toString());
        assertTrue(json.get("note").asText().startsWith("Checked again on 2026-11-25"), json.toString());
        assertEquals(
                JudgedRating.GREEN,
                store.commentary()
                        .forIndicator("NEET", Q2)
                        .orElseThrow()
                        .commentary()
                        .judgedRating());
    }
}
