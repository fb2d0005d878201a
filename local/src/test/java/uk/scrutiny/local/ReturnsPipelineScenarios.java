package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.returns.FileState;
import uk.scrutiny.returns.Observation;
import uk.scrutiny.returns.ReportedValue;
import uk.scrutiny.returns.ReturnStore;
import uk.scrutiny.returns.Upload;

/**
 * The returns pipeline's behaviour against real S3 and DynamoDB endpoints, through the real
 * handler: the same scenarios run on the local emulators ({@link ReturnsPipelineIT}) and, where
 * Docker runs, on LocalStack ({@link ReturnsPipelineLocalStackIT}).
 */
abstract class ReturnsPipelineScenarios extends PipelineFixture {
    @Test
    void anAcceptedReturnIsStoredWithItsProvenanceAndReported() throws IOException {
        // GIVEN a catalogue
        loadCatalogue();
        // WHEN the careers service uploads a return whose file name has spaces (URL-encoded in the event)
        handler(store)
                .handleRequest(
                        put(
                                "returns/careers-service/neet 2025-26 Q2.csv",
                                NEET_Q2.replace("CLA-RATE,2025/26 Q2,E08000035,74.9,,,\n", "")),
                        null);
        // THEN the report says ACCEPTED and the value is computed from numerator and denominator
        JsonNode report = report("reports/careers-service/neet 2025-26 Q2.csv.json");
        assertEquals("ACCEPTED", report.get("status").asText());
        assertEquals(2, report.get("rowsAccepted").asLong());
        assertEquals("careers-service", report.get("provider").asText());
        ReportedValue leeds = current("NEET", "E08000035");
        assertEquals(
                0,
                new BigDecimal("8.70229").compareTo(leeds.value()),
                leeds.value().toPlainString());
        assertEquals(0, new BigDecimal("1710").compareTo(leeds.numerator()));
        assertEquals("returns/careers-service/neet 2025-26 Q2.csv", leeds.sourceKey());
        assertEquals("careers-service", leeds.provider());
        assertEquals(1, leeds.revisions());
        assertEquals("England", current("NEET", "E92000001").note());
    }

    @Test
    void aReturnWithOneBadRowStoresNothingAndListsEveryError() throws IOException {
        // GIVEN a catalogue
        loadCatalogue();
        // WHEN a return has two good rows, a malformed period and a provider that may not send CLA-RATE
        handler(store)
                .handleRequest(
                        put("returns/careers-service/bad.csv", NEET_Q2 + "NEET,2025/26 Q5,E08000035,9.1,,,\n"), null);
        // THEN nothing at all is stored, and the report names each problem with line and column
        assertEquals(0, seriesItems());
        JsonNode report = report("reports/careers-service/bad.csv.json");
        assertEquals("REJECTED", report.get("status").asText());
        assertEquals(0, report.get("rowsAccepted").asLong());
        assertEquals(4, report.get("rowsRead").asLong());
        JsonNode errors = report.get("errors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(4, errors.get(0).get("line").asLong());
        assertEquals("indicator_code", errors.get(0).get("column").asText());
        assertTrue(errors.get(0).get("message").asText().contains("may not submit indicator 'CLA-RATE'"));
        assertEquals(5, errors.get(1).get("line").asLong());
        assertEquals("period", errors.get(1).get("column").asText());
        // AND the upload itself is untouched
        assertEquals(
                NEET_Q2 + "NEET,2025/26 Q5,E08000035,9.1,,,\n",
                new String(
                        aws.s3()
                                .getObjectAsBytes(b -> b.bucket(bucket).key("returns/careers-service/bad.csv"))
                                .asByteArray(),
                        StandardCharsets.UTF_8));
    }

    @Test
    void aReturnProcessedBeforeTheCatalogueThatAllowsItIsCheckedAgainWhenThatCatalogueCommits() throws IOException {
        // GIVEN a catalogue without NEET-NK, then a return of NEET-NK whose event is processed before the
        // catalogue that adds it (S3 delivers events concurrently)
        loadCatalogue();
        String key = "returns/careers-service/nk.csv";
        handler(store)
                .handleRequest(
                        put(key, "indicator_code,period,area_code,value\nNEET-NK,2025/26 Q2,E08000035,3.1\n"), null);
        JsonNode first = report("reports/careers-service/nk.csv.json");
        assertEquals("REJECTED", first.get("status").asText());
        assertTrue(first.get("note").asText().contains("checked again automatically"), first.toString());
        assertEquals(0, seriesItems());
        // WHEN the newer catalogue, which adds NEET-NK, is processed
        handler(store)
                .handleRequest(
                        put(
                                "config/indicators.csv",
                                CATALOGUE
                                        + "NEET-NK,Young people whose activity is not known,P04,Increase numbers"
                                        + " participating and engaging,All children and young people do well at all"
                                        + " levels of learning and have the skills for life,lower,percent,quarterly,45,"
                                        + "careers-service\n"),
                        null);
        // THEN the return is checked again, accepted and stored, and its report says so
        JsonNode again = report("reports/careers-service/nk.csv.json");
        assertEquals("ACCEPTED", again.get("status").asText(), again.toString());
        assertTrue(again.get("note").asText().startsWith("Checked again on "), again.toString());
        assertEquals(
                0,
                new BigDecimal("3.1").compareTo(current("NEET-NK", "E08000035").value()));
        // AND a repeated catalogue event does not check it a second time
        assertTrue(store.awaitingCatalogue().isEmpty());
    }

    @Test
    void theReportDescribesTheNewerOfTwoVersionsProcessedInReverseOrder() throws IOException {
        // GIVEN two uploads of one key: a good one at 10:00, then a bad one at 10:05
        loadCatalogue();
        String key = "returns/careers-service/neet.csv";
        S3Event older = put(key, NEET_Q2, Instant.parse("2026-11-20T10:00:00Z"));
        S3Event newer = put(
                key,
                "indicator_code,period,area_code,value\nNEET,2025/26 Q9,E08000035,9\n",
                Instant.parse("2026-11-20T10:05:00Z"));
        // WHEN the newer is processed first and the older last
        handler(store).handleRequest(newer, null);
        handler(store).handleRequest(older, null);
        // THEN the report still describes the newer upload, the provider's latest
        JsonNode report = report("reports/careers-service/neet.csv.json");
        assertEquals("REJECTED", report.get("status").asText(), report.toString());
        assertTrue(report.get("order").asText().startsWith("2026-11-20T10:05:00.000Z#"), report.toString());
        assertTrue(report.hasNonNull("processedAt"));
    }

    @Test
    void aWithdrawalIsARevisionAfterWhichTheFigureIsNotCurrent() throws IOException {
        // GIVEN an accepted NEET figure for Leeds
        loadCatalogue();
        handler(store)
                .handleRequest(
                        put(
                                "returns/careers-service/neet.csv",
                                "indicator_code,period,area_code,value\nNEET,2025/26 Q2,E08000035,9.5\n"),
                        null);
        // WHEN the careers service withdraws it
        handler(store)
                .handleRequest(
                        put(
                                "returns/careers-service/withdraw.csv",
                                "indicator_code,period,area_code,value,note,action\n"
                                        + "NEET,2025/26 Q2,E08000035,,Wrong cohort,withdraw\n"),
                        null);
        // THEN it is accepted, both revisions are kept, and the current figure is the withdrawal
        assertEquals(
                "ACCEPTED",
                report("reports/careers-service/withdraw.csv.json")
                        .get("status")
                        .asText());
        assertEquals(2, seriesItems());
        ReportedValue v = store.currentValues(
                        store.catalogue().find("NEET").stream().toList(), PipelineFixture::unreadable)
                .get(0);
        assertTrue(v.withdrawn());
        assertEquals(2, v.revisions());
        assertEquals("Wrong cohort", v.note());
        // AND a second withdrawal of it is a row error
        handler(store)
                .handleRequest(
                        put(
                                "returns/careers-service/withdraw-again.csv",
                                "indicator_code,period,area_code,value,action\nNEET,2025/26 Q2,E08000035,,withdraw\n"),
                        null);
        assertEquals(
                "REJECTED",
                report("reports/careers-service/withdraw-again.csv.json")
                        .get("status")
                        .asText());
    }

    @Test
    void aResubmissionReplacesTheValueAndKeepsTheOldOneAsARevision() {
        // GIVEN an accepted return
        loadCatalogue();
        String key = "returns/careers-service/neet.csv";
        handler(store)
                .handleRequest(
                        put(key, "indicator_code,period,area_code,value\nNEET,2025/26 Q2,E08000035,9.5\n"), null);
        // WHEN the provider uploads a corrected file
        handler(store)
                .handleRequest(
                        put(
                                key,
                                "indicator_code,period,area_code,value,note\n"
                                        + "NEET,2025/26 Q2,E08000035,9.1,Corrected after data cleanse\n"),
                        null);
        // THEN the corrected value is current and it is the second revision
        ReportedValue v = current("NEET", "E08000035");
        assertEquals(0, new BigDecimal("9.1").compareTo(v.value()));
        assertEquals(2, v.revisions());
        assertEquals("Corrected after data cleanse", v.note());
        assertEquals(2, seriesItems());
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        // GIVEN an accepted return
        loadCatalogue();
        S3Event event =
                put("returns/careers-service/neet.csv", NEET_Q2.replace("CLA-RATE,2025/26 Q2,E08000035,74.9,,,\n", ""));
        handler(store).handleRequest(event, null);
        long items = aws.dynamo().scanPaginator(b -> b.tableName(table)).items().stream()
                .count();
        // WHEN S3 delivers the same notification again
        handler(store).handleRequest(event, null);
        // THEN no item is added and no second revision written
        assertEquals(
                items,
                aws.dynamo().scanPaginator(b -> b.tableName(table)).items().stream()
                        .count());
        assertEquals(1, current("NEET", "E08000035").revisions());
    }

    @Test
    void anOlderUploadProcessedAfterANewerOneDoesNotOverwriteIt() {
        // GIVEN a catalogue, and two uploads of the same figure: an older and a newer (another file)
        loadCatalogue();
        S3Event older = put(
                "returns/careers-service/neet-first.csv",
                "indicator_code,period,area_code,value\nNEET,2025/26 Q2,E08000035,9.5\n",
                Instant.parse("2026-11-01T09:00:00Z"));
        S3Event newer = put(
                "returns/careers-service/neet-second.csv",
                "indicator_code,period,area_code,value\nNEET,2025/26 Q2,E08000035,9.1\n",
                Instant.parse("2026-11-02T09:00:00Z"));
        // WHEN the newer event is processed first
        handler(store).handleRequest(newer, null);
        handler(store).handleRequest(older, null);
        // THEN the newer value stays current, and the older is kept as a revision
        ReportedValue v = current("NEET", "E08000035");
        assertEquals(0, new BigDecimal("9.1").compareTo(v.value()));
        assertEquals(2, v.revisions());
    }

    @Test
    void anOlderAndANewerFilePromotedAtTheSameTimeLeaveTheNewerCurrent() throws Exception {
        // GIVEN two files of the same 2,500 figures (several promotion batches each), the second uploaded later
        loadCatalogue();
        S3Event older =
                put("returns/careers-service/older.csv", manyAreas(2_500, 5), Instant.parse("2026-11-01T09:00:00Z"));
        S3Event newer =
                put("returns/careers-service/newer.csv", manyAreas(2_500, 30), Instant.parse("2026-11-02T09:00:00Z"));
        // WHEN both are processed at the same time, by two functions
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var a = pool.submit(() -> handler(store).handleRequest(older, null));
        var b = pool.submit(() -> handler(store).handleRequest(newer, null));
        a.get();
        b.get();
        pool.shutdown();
        // THEN every figure shows the newer file's value, with both files as revisions, one current item each
        List<ReportedValue> values =
                store.currentValues(store.catalogue().find("NEET").stream().toList(), PipelineFixture::unreadable);
        assertEquals(2_500, values.size());
        assertTrue(values.stream().allMatch(v -> v.value().intValue() >= 30 && v.revisions() == 2));
        assertEquals(2_500, currentItems());
    }

    private static String manyAreas(int rows, int base) {
        StringBuilder csv = new StringBuilder("indicator_code,period,area_code,value\n");
        for (int i = 0; i < rows; i++) {
            csv.append("NEET,2025/26 Q2,AREA-")
                    .append(i)
                    .append(',')
                    .append(base + i % 7)
                    .append('\n');
        }
        return csv.toString();
    }

    @Test
    void twoVersionsOfOneKeyOutOfOrderKeepTheLaterVersion() {
        // GIVEN two versions of the same key uploaded in the same millisecond; only the sequencer orders them
        loadCatalogue();
        Instant same = Instant.parse("2026-11-02T09:00:00Z");
        String key = "returns/careers-service/neet.csv";
        S3Event first = put(key, "indicator_code,period,area_code,value\nNEET,2025/26 Q2,E08000035,9.5\n", same);
        S3Event second = put(key, "indicator_code,period,area_code,value\nNEET,2025/26 Q2,E08000035,9.1\n", same);
        // WHEN they arrive out of order
        handler(store).handleRequest(second, null);
        handler(store).handleRequest(first, null);
        // THEN the second version's value is current
        assertEquals(
                0, new BigDecimal("9.1").compareTo(current("NEET", "E08000035").value()));
    }

    @ParameterizedTest(name = "crash in {0}")
    @EnumSource(Step.class)
    void aCrashAtAnyWriteStepShowsNothingOfTheFileUntilTheRetryCompletesIt(Step step) {
        // GIVEN a catalogue and an accepted return of 60 figures, all current
        loadCatalogue();
        handler(store).handleRequest(put("returns/careers-service/first.csv", sixty(5)), null);
        // WHEN a resubmission of all 60 crashes in this step (half of its writes done where a step has several)
        S3Event event = put("returns/careers-service/second.csv", sixty(20));
        ReturnStore failing = new FailingStore(store, step);
        assertThrows(java.io.UncheckedIOException.class, () -> handler(failing).handleRequest(event, null));
        // THEN readers see exactly the first file: nothing of the second, though part of it was written
        List<ReportedValue> before =
                store.currentValues(store.catalogue().find("NEET").stream().toList(), PipelineFixture::unreadable);
        assertEquals(60, before.size());
        assertTrue(before.stream().allMatch(v -> v.value().intValue() < 20 && v.revisions() == 1), before::toString);
        Upload upload = new Upload(
                bucket,
                "returns/careers-service/second.csv",
                event.getRecords().get(0).getS3().getObject().getVersionId(),
                event.getRecords().get(0).getS3().getObject().geteTag(),
                0,
                Instant.now(),
                "0");
        assertEquals(
                step == Step.STAGE || step == Step.COMMIT ? FileState.IN_PROGRESS : FileState.COMMITTED,
                store.begin(upload, "careers-service"));
        // WHEN Lambda retries the same event
        handler(store).handleRequest(event, null);
        // THEN all 60 figures of the second file are current, each the second revision, one current item each
        List<ReportedValue> after =
                store.currentValues(store.catalogue().find("NEET").stream().toList(), PipelineFixture::unreadable);
        assertEquals(60, after.size());
        assertTrue(after.stream().allMatch(v -> v.value().intValue() >= 20 && v.revisions() == 2), after::toString);
        assertEquals(120, seriesItems());
        assertEquals(60, currentItems());
        assertEquals(FileState.DONE, store.begin(upload, "careers-service"));
    }

    private static String sixty(int base) {
        StringBuilder csv = new StringBuilder("indicator_code,period,area_code,value\n");
        for (int i = 0; i < 60; i++) {
            csv.append("NEET,2025/26 Q2,AREA-")
                    .append(i)
                    .append(",")
                    .append(base + i % 7)
                    .append('\n');
        }
        return csv.toString();
    }

    @Test
    void aBadCatalogueNeverReplacesAGoodOne() throws IOException {
        // GIVEN a good catalogue
        loadCatalogue();
        // WHEN a catalogue with an unknown polarity is uploaded
        handler(store)
                .handleRequest(
                        put("config/indicators.csv", CATALOGUE.replace(",lower,percent,", ",down,percent,")), null);
        // THEN it is rejected and the good one stays
        assertEquals(
                "REJECTED",
                report("reports/config/indicators.csv.json").get("status").asText());
        assertEquals(2, store.catalogue().size());
        assertEquals(
                "lower", store.catalogue().find("NEET").orElseThrow().polarity().text());
    }

    @Test
    void targetsForAnUnknownIndicatorAreRejected() throws IOException {
        // GIVEN a catalogue
        loadCatalogue();
        // WHEN targets name an indicator the catalogue lacks
        handler(store)
                .handleRequest(
                        put(
                                "config/targets.csv",
                                "indicator_code,period,target,amber_tolerance\nNEET,2025/26 Q2,8.9,1.0\nNI117,2025/26 Q2,5,\n"),
                        null);
        // THEN the file is rejected with the line and column, and no targets are stored
        JsonNode report = report("reports/config/targets.csv.json");
        assertEquals("REJECTED", report.get("status").asText());
        assertEquals(3, report.get("errors").get(0).get("line").asLong());
        assertTrue(store.targets().all().isEmpty());
        // WHEN they are corrected
        handler(store)
                .handleRequest(
                        put(
                                "config/targets.csv",
                                "indicator_code,period,target,amber_tolerance\nNEET,2025/26 Q2,8.9,1.0\n"),
                        null);
        // THEN they are stored
        assertEquals(1, store.targets().all().size());
    }

    @Test
    void aKeyOutsideTheLayoutIsReportedAndNothingStored() throws IOException {
        loadCatalogue();
        // config/areas.csv is in the layout now (the areas file); config/wards.csv is not
        handler(store).handleRequest(put("config/wards.csv", "area_code,area_name\nE08000035,Leeds\n"), null);
        JsonNode report = report("reports/config/wards.csv.json");
        assertEquals("REJECTED", report.get("status").asText());
        assertTrue(report.get("errors").get(0).get("message").asText().contains("outside the bucket's layout"));
    }

    /** The real store, failing on its n-th staged batch: a crash half-way through a file. */
    /** The write steps of storing a return, in order. */
    enum Step {
        STAGE,
        COMMIT,
        PROMOTE,
        FINISH
    }

    /** Fails once in the given step, as a timeout or throttling would: after half a batch where a step writes several. */
    static final class FailingStore implements ReturnStore {
        private final ReturnStore real;
        private final Step failIn;
        private final AtomicInteger failures = new AtomicInteger();

        FailingStore(ReturnStore real, Step failIn) {
            this.real = real;
            this.failIn = failIn;
        }

        private void fail(Step step) {
            if (step == failIn && failures.getAndIncrement() == 0) {
                // A network failure: transient, so it is thrown for Lambda to retry rather than reported.
                throw new java.io.UncheckedIOException(new java.io.IOException("Simulated failure in " + step));
            }
        }

        @Override
        public FileState begin(Upload upload, String provider) {
            return real.begin(upload, provider);
        }

        @Override
        public void stage(Upload upload, String provider, List<Observation> batch) {
            if (failIn == Step.STAGE && failures.get() == 0) {
                real.stage(upload, provider, batch.subList(0, batch.size() / 2));
            }
            fail(Step.STAGE);
            real.stage(upload, provider, batch);
        }

        @Override
        public void commit(Upload upload, long rows, Set<String> indicators) {
            fail(Step.COMMIT);
            real.commit(upload, rows, indicators);
        }

        @Override
        public void promote(Upload upload, List<Observation> batch) {
            if (failIn == Step.PROMOTE && failures.get() == 0) {
                real.promote(upload, batch.subList(0, batch.size() / 2));
            }
            fail(Step.PROMOTE);
            real.promote(upload, batch);
        }

        @Override
        public void finish(Upload upload) {
            fail(Step.FINISH);
            real.finish(upload);
        }

        @Override
        public void reject(Upload upload, long errorCount) {
            real.reject(upload, errorCount);
        }

        @Override
        public void replaceCatalogue(Upload upload, Catalogue catalogue) {
            real.replaceCatalogue(upload, catalogue);
        }

        @Override
        public void replaceTargets(Upload upload, Targets targets) {
            real.replaceTargets(upload, targets);
        }

        @Override
        public Catalogue catalogue() {
            return real.catalogue();
        }

        @Override
        public Targets targets() {
            return real.targets();
        }

        @Override
        public boolean hasFigures(String indicatorCode) {
            return real.hasFigures(indicatorCode);
        }

        @Override
        public boolean isCurrent(String indicatorCode, String areaCode, uk.scrutiny.period.Period period) {
            return real.isCurrent(indicatorCode, areaCode, period);
        }

        @Override
        public void awaitCatalogue(Upload upload, String provider) {
            real.awaitCatalogue(upload, provider);
        }

        @Override
        public List<Upload> awaitingCatalogue() {
            return real.awaitingCatalogue();
        }

        @Override
        public boolean reopen(Upload upload) {
            return real.reopen(upload);
        }
    }
}
