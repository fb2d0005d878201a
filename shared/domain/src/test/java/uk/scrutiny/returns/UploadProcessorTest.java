package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.returns.InMemoryReturnStore.Call;
import uk.scrutiny.returns.InMemoryReturnStore.LedgerEntry;
import uk.scrutiny.returns.InMemoryReturnStore.Status;

/**
 * The upload pipeline against in-memory fakes of the returns bucket and the store: what is stored,
 * what the provider is told, and how repeated, late, oversized and interrupted deliveries end.
 */
class UploadProcessorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String CATALOGUE_HEADER =
            "code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers\n";
    static final String NEET_ROW =
            "NEET,% of young people aged 16-17 NEET,P04,Participation,Learning,lower,percent,quarterly,45,careers-service\n";
    static final String CLA_NUM_ROW =
            "CLA-NUM,Number of children looked after,P01,Safe families,Safe,none,count,monthly,30,social-care\n";
    static final String CL_EET_ROW = "CL-EET,% of care leavers in EET,P04,Participation,Learning,higher,percent,"
            + "financial-year,90,social-care;careers-service\n";
    static final String CATALOGUE = CATALOGUE_HEADER + NEET_ROW + CLA_NUM_ROW;

    static final String RETURN_HEADER = "indicator_code,period,area_code,value,numerator,denominator,note\n";
    static final String NEET_RETURN = "returns/careers-service/neet-2025-26-q2.csv";
    static final String CLA_RETURN = "returns/social-care/cla-monthly.csv";

    private InMemoryReturnsBucket bucket = InMemoryReturnsBucket.versioned();
    private final InMemoryReturnStore store = new InMemoryReturnStore();
    /** When the reports say they were processed. */
    private static final java.time.Clock CLOCK =
            java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T10:00:00Z"), java.time.ZoneOffset.UTC);

    private UploadProcessor processor = processor(UploadProcessor.DEFAULT_MAX_BYTES);

    /** The fakes' simulated failures stand for timeouts and throttling: transient, so thrown for Lambda to retry. */
    private UploadProcessor processor(long maxBytes) {
        return new UploadProcessor(bucket, store, maxBytes, CLOCK, e -> e instanceof SimulatedFailure);
    }

    // ---- accepted and rejected returns

    @Test
    void anAcceptedReturnIsStoredWithItsProvenanceAndReported() {
        // GIVEN the catalogue
        catalogueUploaded();
        // WHEN the careers service uploads two NEET figures
        Upload upload = bucket.upload(NEET_RETURN, RETURN_HEADER + """
                NEET,2025/26 Q2,E08000035,4.1,780,18960,Provisional
                NEET,2025/26 Q2,E92000001,2.7,,,
                """);
        Report report = processor.process(upload);
        // THEN the report accepts both rows, and says so in the file beside the upload
        assertNotNull(report);
        assertTrue(report.accepted());
        assertEquals(json("""
                        {"status": "ACCEPTED", "file": "returns/careers-service/neet-2025-26-q2.csv",
                         "provider": "careers-service", "rowsRead": 2, "rowsAccepted": 2,
                         "errorCount": 0, "errors": [],
                         "versionId": "%s", "eTag": "%s", "order": "%s", "processedAt": "2026-11-25T10:00:00Z",
                         "warnings": [], "note": null, "uploadedBy": null}
                        """.formatted(upload.versionId(), upload.eTag(), upload.order())), reportOf(upload));
        // AND the file is committed with the indicators it changed
        LedgerEntry entry = store.ledger(upload).orElseThrow();
        assertEquals(Status.CURRENT, entry.status());
        assertEquals(2, entry.rows());
        assertEquals(Set.of("NEET"), entry.indicators());
        assertEquals(1, entry.commits());
        // AND both figures are current, each with where and when it came from
        List<ReportedValue> values = store.currentValues();
        assertEquals(2, values.size(), values::toString);
        ReportedValue leeds = values.stream()
                .filter(v -> v.areaCode().equals("E08000035"))
                .findFirst()
                .orElseThrow();
        assertEquals("2025/26 Q2", leeds.period().text());
        assertEquals(new BigDecimal("4.113924"), leeds.value(), "computed from 780 / 18960, within 0.05 of 4.1");
        assertEquals(new BigDecimal("780"), leeds.numerator());
        assertEquals(new BigDecimal("18960"), leeds.denominator());
        assertEquals("Provisional", leeds.note());
        assertEquals("careers-service", leeds.provider());
        assertEquals(NEET_RETURN, leeds.sourceKey());
        assertEquals(upload.eventTime(), leeds.receivedAt());
        assertEquals(1, leeds.revisions());
    }

    @Test
    void aRejectedReturnStoresNothingAndReportsEachProblemByLineAndColumn() {
        // GIVEN the catalogue
        catalogueUploaded();
        // WHEN a return arrives with one good row, an unknown indicator and a malformed period
        Upload upload = bucket.upload(NEET_RETURN, RETURN_HEADER + """
                NEET,2025/26 Q2,E08000035,4.1,780,18960,
                NEET-XX,2025/26 Q2,E08000035,4.1,,,
                NEET,2025 Q2,E08000035,4.1,,,
                """);
        Report report = processor.process(upload);
        // THEN it is rejected whole, with each problem located by line and column
        JsonNode json = reportOf(upload);
        assertEquals("REJECTED", json.get("status").asText());
        assertEquals(3, json.get("rowsRead").asLong());
        assertEquals(0, json.get("rowsAccepted").asLong());
        assertEquals(2, json.get("errorCount").asLong());
        assertEquals(List.of("3:indicator_code", "4:period"), locations(json));
        assertTrue(message(json, 0).contains("Unknown indicator code 'NEET-XX'"), () -> message(json, 0));
        assertTrue(message(json, 1).contains("2025 Q2"), () -> message(json, 1));
        assertFalse(report.accepted());
        // AND nothing of it is stored, not even the good row, and the ledger says why
        assertEquals(0, store.calls(Call.STAGE));
        assertEquals(0, store.valueItems());
        assertEquals(List.of(), store.currentValues());
        LedgerEntry entry = store.ledger(upload).orElseThrow();
        assertEquals(Status.REJECTED, entry.status());
        assertEquals(2, entry.errorCount());
        assertEquals(0, entry.commits());
    }

    @Test
    void aLaterReturnRevisesAFigureAndCountsTheRevision() {
        // GIVEN the catalogue and an accepted NEET figure for Leeds
        catalogueUploaded();
        processor.process(bucket.upload(NEET_RETURN, RETURN_HEADER + "NEET,2025/26 Q2,E08000035,4.1,,,\n"));
        // WHEN a corrected return for the same figure is uploaded
        Upload correction = bucket.upload(
                "returns/careers-service/neet-2025-26-q2-corrected.csv",
                RETURN_HEADER + "NEET,2025/26 Q2,E08000035,4.3,,,Corrected\n");
        processor.process(correction);
        // THEN the correction is the current value, its second revision
        List<ReportedValue> values = store.currentValues();
        assertEquals(1, values.size(), values::toString);
        assertEquals(new BigDecimal("4.3"), values.get(0).value());
        assertEquals(correction.key(), values.get(0).sourceKey());
        assertEquals(2, values.get(0).revisions());
    }

    // ---- repeated and late deliveries

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        // GIVEN the catalogue and an accepted return
        catalogueUploaded();
        Upload upload = bucket.upload(NEET_RETURN, RETURN_HEADER + "NEET,2025/26 Q2,E08000035,4.1,780,18960,\n");
        processor.process(upload);
        String firstReport = bucket.reportText(reportKey(upload));
        List<ReportedValue> before = store.currentValues();
        int stagedBefore = store.calls(Call.STAGE);
        int opensBefore = bucket.opened().size();
        // WHEN S3 delivers the same event again
        Report again = processor.process(upload);
        // THEN there is nothing to do: no report, no read, nothing stored or committed again
        assertNull(again);
        assertEquals(1, bucket.reportWrites(reportKey(upload)));
        assertEquals(firstReport, bucket.reportText(reportKey(upload)));
        assertEquals(opensBefore, bucket.opened().size());
        assertEquals(stagedBefore, store.calls(Call.STAGE));
        assertEquals(1, store.ledger(upload).orElseThrow().commits());
        assertEquals(before, store.currentValues());
        assertEquals(1, store.currentValues().get(0).revisions());
    }

    @Test
    void aRejectedFileDeliveredTwiceIsRejectedOnce() {
        // GIVEN a rejected return
        catalogueUploaded();
        Upload upload = bucket.upload(NEET_RETURN, RETURN_HEADER + "NEET,2025 Q2,E08000035,4.1,,,\n");
        processor.process(upload);
        // WHEN its event comes again
        Report again = processor.process(upload);
        // THEN nothing is done: one rejection, one report
        assertNull(again);
        assertEquals(1, store.calls(Call.REJECT));
        assertEquals(1, bucket.reportWrites(reportKey(upload)));
    }

    @Test
    void anOlderCatalogueProcessedAfterANewerOneDoesNotReplaceIt() {
        // GIVEN two versions of the catalogue in a versioned bucket, the second adding CL-EET
        Upload older = bucket.upload(UploadKey.CATALOGUE_KEY, CATALOGUE);
        Upload newer = bucket.upload(UploadKey.CATALOGUE_KEY, CATALOGUE + CL_EET_ROW);
        // WHEN their events are processed newest first, the older one late
        processor.process(newer);
        processor.process(older);
        // THEN the newer catalogue stays current, though the older one was read and accepted
        assertEquals(List.of("NEET", "CLA-NUM", "CL-EET"), codes());
        assertEquals(Status.CURRENT, store.ledger(older).orElseThrow().status());
        // AND returns are checked against it: CL-EET is accepted
        Report report = processor.process(bucket.upload(
                "returns/social-care/care-leavers.csv", RETURN_HEADER + "CL-EET,2024/25,E08000035,61.5,,,\n"));
        assertTrue(report.accepted(), report::toString);
    }

    @Test
    void anOlderTargetsFileProcessedAfterANewerOneDoesNotReplaceIt() {
        // GIVEN the catalogue and two versions of the targets
        catalogueUploaded();
        String header = "indicator_code,period,target,amber_tolerance\n";
        Upload older = bucket.upload(UploadKey.TARGETS_KEY, header + "NEET,2025/26 Q2,5.0,0.5\n");
        Upload newer = bucket.upload(UploadKey.TARGETS_KEY, header + "NEET,2025/26 Q2,4.5,0.5\n");
        // WHEN the newer is processed first
        processor.process(newer);
        processor.process(older);
        // THEN its target stays in force
        assertEquals(1, store.targets().all().size());
        assertEquals(new BigDecimal("4.5"), store.targets().all().get(0).target());
    }

    @Test
    void anOverwrittenUploadIsSkippedAndTheNewerOneKept() {
        // GIVEN an unversioned bucket where the catalogue was uploaded twice, the second replacing the first
        bucket = InMemoryReturnsBucket.unversioned();
        processor = processor(UploadProcessor.DEFAULT_MAX_BYTES);
        Upload overwritten = bucket.upload(UploadKey.CATALOGUE_KEY, CATALOGUE);
        Upload newer = bucket.upload(UploadKey.CATALOGUE_KEY, CATALOGUE + CL_EET_ROW);
        processor.process(newer);
        // WHEN the first upload's event arrives late, naming an eTag the object no longer has
        Report late = processor.process(overwritten);
        // THEN it is skipped (the bucket said it was superseded) and stores nothing
        assertNull(late);
        assertThrows(UploadSupersededException.class, () -> bucket.open(overwritten));
        assertEquals(1, store.calls(Call.COMMIT), "only the newer catalogue was committed");
        assertEquals(1, store.calls(Call.REPLACE_CATALOGUE));
        assertEquals(List.of("NEET", "CLA-NUM", "CL-EET"), codes());
        // AND the newer upload's report is left as it was
        assertEquals(1, bucket.reportWrites("reports/config/indicators.csv.json"));
        assertEquals(3, reportOf(newer).get("rowsAccepted").asLong());
    }

    // ---- size limit

    @Test
    void anUploadOverTheSizeLimitIsRejectedUnreadAndStoresNothing() {
        // GIVEN the catalogue and a limit of 100 bytes
        catalogueUploaded();
        processor = processor(100);
        // WHEN a return of 12 good rows (well over 100 bytes) is uploaded
        Upload upload = bucket.upload(CLA_RETURN, claReturn(12));
        assertTrue(upload.size() > 100);
        Report report = processor.process(upload);
        // THEN it is rejected without being read, the report giving the limit and saying to split the file
        assertFalse(report.accepted());
        assertFalse(bucket.opened().contains(upload), "the upload was never opened");
        JsonNode json = reportOf(upload);
        assertEquals("REJECTED", json.get("status").asText());
        assertEquals(0, json.get("rowsRead").asLong());
        assertEquals(1, json.get("errorCount").asLong());
        assertEquals(List.of("0:"), locations(json));
        assertEquals(
                "The file is " + upload.size()
                        + " bytes, over the limit of 100 bytes, so nothing in it was read: split it"
                        + " into smaller returns of at most 100 bytes each (for example one file per indicator, or per"
                        + " year), each with the same header line, and upload each.",
                message(json, 0));
        // AND nothing is stored
        assertEquals(0, store.valueItems());
        assertEquals(Status.REJECTED, store.ledger(upload).orElseThrow().status());
    }

    // ---- crashes between steps

    private static final int ROWS = 2 * UploadProcessor.BATCH + UploadProcessor.BATCH / 2;

    @ParameterizedTest(name = "crash in {0}")
    @EnumSource(
            value = Call.class,
            names = {"STAGE", "COMMIT", "PROMOTE", "FINISH"})
    void aCrashInAnyWriteStepLeavesNothingVisibleAndTheRetryConverges(Call step) {
        // GIVEN the catalogue and a return of two and a half batches of rows (12,500: 5,000, 5,000 and 2,500)
        catalogueUploaded();
        Upload upload = bucket.upload(CLA_RETURN, claAreas(ROWS));
        // AND a store that fails in this step: on its last batch where it takes several, after the others
        store.failOn(step, step == Call.STAGE || step == Call.PROMOTE ? 3 : 1);
        // WHEN the upload is processed, and fails
        assertThrows(SimulatedFailure.class, () -> processor.process(upload));
        // THEN none of its values are visible, though some were written
        assertEquals(List.of(), store.currentValues());
        assertEquals(step == Call.STAGE ? 2 * UploadProcessor.BATCH : ROWS, store.valueItems());
        assertEquals(
                step == Call.STAGE || step == Call.COMMIT ? 0 : step == Call.PROMOTE ? 2 * UploadProcessor.BATCH : ROWS,
                store.currentItems());
        assertEquals(
                step == Call.STAGE || step == Call.COMMIT ? Status.PROCESSING : Status.COMMITTED,
                store.ledger(upload).orElseThrow().status());
        // AND the provider's report says a service was unavailable and the file is being tried again
        assertEquals("REJECTED", reportOf(upload).get("status").asText());
        assertEquals("retrying", reportOf(upload).get("note").asText());
        assertTrue(reportOf(upload).get("errors").get(0).get("message").asText().contains("tried again automatically"));
        // WHEN Lambda retries the same event
        Report report = processor.process(upload);
        // THEN the file is current, with all its rows current, each once, one current item each
        assertEquals(Status.CURRENT, store.ledger(upload).orElseThrow().status());
        assertEquals(ROWS, store.valueItems());
        assertEquals(ROWS, store.currentItems());
        List<ReportedValue> values = store.currentValues();
        assertEquals(ROWS, values.size());
        assertTrue(values.stream().allMatch(v -> v.revisions() == 1), "re-staged rows are not revisions");
        // AND the report accepts every row
        assertTrue(report.accepted());
        assertEquals(ROWS, reportOf(upload).get("rowsAccepted").asLong());
        assertEquals("ACCEPTED", reportOf(upload).get("status").asText());
    }

    /** One row per area, one month: as many rows as wanted. */
    private static String claAreas(int rows) {
        StringBuilder csv = new StringBuilder(RETURN_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("CLA-NUM,2021-04,AREA-")
                    .append(i)
                    .append(',')
                    .append(1400 + i)
                    .append(",,,\n");
        }
        return csv.toString();
    }

    @Test
    void aCrashAfterTheCommitIsFinishedByTheRetryWithoutStoringAgain() {
        // GIVEN the catalogue and a return whose report cannot be written the first time
        catalogueUploaded();
        Upload upload = bucket.upload(CLA_RETURN, claReturn(30));
        bucket.failNextReportWrite(reportKey(upload));
        // WHEN it is processed, and fails after the commit
        assertThrows(SimulatedFailure.class, () -> processor.process(upload));
        assertEquals(30, store.currentValues().size());
        int staged = store.calls(Call.STAGE);
        // AND Lambda retries the event
        Report report = processor.process(upload);
        // THEN the report is written, and nothing is staged or committed again
        assertTrue(report.accepted());
        assertEquals(30, reportOf(upload).get("rowsAccepted").asLong());
        assertEquals(staged, store.calls(Call.STAGE));
        assertEquals(1, store.ledger(upload).orElseThrow().commits());
    }

    // ---- helpers

    private void catalogueUploaded() {
        Report report = processor.process(bucket.upload(UploadKey.CATALOGUE_KEY, CATALOGUE));
        assertTrue(report.accepted(), report::toString);
    }

    private List<String> codes() {
        return store.catalogue().indicators().stream().map(Indicator::code).toList();
    }

    /** A social-care return of {@code months} monthly CLA-NUM counts for Leeds, from April 2021. */
    private static String claReturn(int months) {
        StringBuilder csv = new StringBuilder(RETURN_HEADER);
        YearMonth month = YearMonth.of(2021, 4);
        for (int i = 0; i < months; i++) {
            csv.append("CLA-NUM,")
                    .append(month.plusMonths(i))
                    .append(",E08000035,")
                    .append(1400 + i)
                    .append(",,,\n");
        }
        return csv.toString();
    }

    private static String reportKey(Upload upload) {
        return UploadKey.of(upload.key()).reportKey();
    }

    private JsonNode reportOf(Upload upload) {
        return json(bucket.reportText(reportKey(upload)));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "line:column" of every listed problem. */
    private static List<String> locations(JsonNode report) {
        List<String> locations = new ArrayList<>();
        report.get("errors")
                .forEach(e -> locations.add(
                        e.get("line").asLong() + ":" + e.get("column").asText()));
        return locations;
    }

    private static String message(JsonNode report, int index) {
        return report.get("errors").get(index).get("message").asText();
    }
}
