package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Targets;

/**
 * Every size has a limit, and hitting it is a reported error, never a crash: GIVEN the upload
 * processor over an in-memory bucket and store, WHEN uploads far past every limit arrive, THEN each
 * gets a report under 1 MB, and keys of any legal length or content are handled.
 */
class UploadLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private static final int MB = 1024 * 1024;

    /** The bucket: uploads by key, reports by key. */
    private final Map<String, byte[]> objects = new HashMap<>();

    private final Map<String, byte[]> reports = new HashMap<>();
    private final List<Observation> staged = new ArrayList<>();
    private final Map<String, FileState> ledger = new HashMap<>();

    private final ReturnsBucket bucket = new ReturnsBucket() {
        @Override
        public InputStream open(Upload upload) {
            return new ByteArrayInputStream(objects.get(upload.key()));
        }

        @Override
        public boolean exists(String key) {
            return reports.containsKey(key);
        }

        @Override
        public java.util.Optional<byte[]> readReport(String key) {
            return java.util.Optional.ofNullable(reports.get(key));
        }

        @Override
        public void putReport(String key, byte[] json) {
            reports.put(key, json);
        }
    };

    private final ReturnStore store = new ReturnStore() {
        @Override
        public FileState begin(Upload upload, String provider) {
            FileState before = ledger.putIfAbsent(upload.id(), FileState.IN_PROGRESS);
            return before == null ? FileState.NEW : before;
        }

        @Override
        public void stage(Upload upload, String provider, List<Observation> batch) {
            staged.addAll(batch);
        }

        @Override
        public void commit(Upload upload, long rows, Set<String> indicators) {
            ledger.put(upload.id(), FileState.COMMITTED);
        }

        @Override
        public void promote(Upload upload, List<Observation> batch) {}

        @Override
        public void finish(Upload upload) {
            ledger.put(upload.id(), FileState.DONE);
        }

        @Override
        public void reject(Upload upload, long errorCount) {
            ledger.put(upload.id(), FileState.DONE);
        }

        @Override
        public void replaceCatalogue(Upload upload, Catalogue catalogue) {}

        @Override
        public void replaceTargets(Upload upload, Targets targets) {}

        @Override
        public Catalogue catalogue() {
            return ReturnReaderTest.catalogue();
        }

        @Override
        public Targets targets() {
            return Targets.none();
        }

        @Override
        public boolean hasFigures(String indicatorCode) {
            return false;
        }

        @Override
        public boolean isCurrent(String indicatorCode, String areaCode, uk.scrutiny.period.Period period) {
            return false;
        }

        @Override
        public void awaitCatalogue(Upload upload, String provider) {}

        @Override
        public List<Upload> awaitingCatalogue() {
            return List.of();
        }

        @Override
        public boolean reopen(Upload upload) {
            return false;
        }
    };

    /** Above the default limit, so that the reader's own limits are what these uploads meet. */
    private final UploadProcessor processor = new UploadProcessor(bucket, store, 50L * 1024 * 1024);

    private Upload upload(String key, byte[] content) {
        objects.put(key, content);
        return new Upload("b", key, null, "e" + key.hashCode(), content.length, T, "0A");
    }

    private byte[] reportOf(Upload upload) {
        return reports.get(UploadKey.of(upload.key()).reportKey());
    }

    // ======================================================================= reports under 1 MB

    @Test
    void aThirtyOneMegabyteUploadOfHugeHostileCellsGetsAReportUnderOneMegabyte() throws IOException {
        // GIVEN 31 MB of rows whose every cell is 9,000 characters of quotes, backslashes, control characters,
        // accented letters and emoji (just under the reader's 10,000-character cell limit, so every cell is read)
        String nasty = "\"\\\u0001\u001bé€😀<script>";
        String cell = nasty.repeat(9000 / nasty.length());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(ReturnReaderTest.HEADER.getBytes(StandardCharsets.UTF_8));
        String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
        byte[] row = (String.join(",", quoted, quoted, quoted, quoted, quoted, quoted, quoted) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        while (file.size() < 31 * MB) {
            file.writeBytes(row);
        }
        Upload upload = upload("returns/careers-service/huge.csv", file.toByteArray());

        // WHEN it is processed
        Report report = processor.process(upload);

        // THEN it is rejected, every problem counted, and the report's JSON is under 1 MB
        byte[] json = reportOf(upload);
        System.out.printf(
                "31 MB of hostile 9,000-character cells (%,d bytes): report %,d bytes, %,d errors counted, %d listed%n",
                upload.size(), json.length, report.errorCount(), report.errors().size());
        assertEquals(Report.REJECTED, report.status());
        assertTrue(json.length < MB, () -> json.length + " bytes");
        assertTrue(report.errorCount() > 1000);
        // AND each listed message quotes at most about 80 characters of its cell
        JsonNode first = JSON.readTree(json).get("errors").get(0);
        assertEquals(2, first.get("line").asInt());
        assertEquals("indicator_code", first.get("column").asText());
        assertTrue(
                first.get("message").asText().length() < 300,
                first.get("message").asText());
        assertTrue(staged.isEmpty());
    }

    @Test
    void millionsOfProblemsGetAReportUnderOneMegabyte() {
        // GIVEN 3 MB of short rows, each wrong in every cell (600,000 problems; 31 MB, 6.3 million, takes 15 s
        // and gives the same report size: it lists 1,000 and counts the rest)
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(ReturnReaderTest.HEADER.getBytes(StandardCharsets.UTF_8));
        byte[] row = "NI117,2025/26 Q5,leeds,x,y,-3,\n".getBytes(StandardCharsets.UTF_8);
        while (file.size() < 3 * MB) {
            file.writeBytes(row);
        }
        Upload upload = upload("returns/careers-service/many.csv", file.toByteArray());

        Report report = processor.process(upload);

        byte[] json = reportOf(upload);
        System.out.printf(
                "3 MB of short bad rows (%,d rows): report %,d bytes, %,d errors counted, %d listed%n",
                report.rowsRead(),
                json.length,
                report.errorCount(),
                report.errors().size());
        assertTrue(json.length < MB, () -> json.length + " bytes");
        assertEquals(1000, report.errors().size());
    }

    @Test
    void aThirtyOneMegabyteCellIsOneFileError() {
        // GIVEN a return whose note opens a quote that runs for 31 MB
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(
                (ReturnReaderTest.HEADER + "NEET,2025/26 Q2,E08000035,4.1,,,\"").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "All of this is one cell, ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        while (file.size() < 31 * MB) {
            file.writeBytes(chunk);
        }
        Upload upload = upload("returns/careers-service/one-cell.csv", file.toByteArray());

        Report report = processor.process(upload);

        byte[] json = reportOf(upload);
        System.out.printf("31 MB in one cell: report %,d bytes%n", json.length);
        assertEquals(1, report.errorCount());
        assertEquals(2, report.errors().get(0).line());
        assertTrue(report.errors().get(0).message().startsWith("Line 2 has a cell longer than 10,000 characters"));
        assertTrue(json.length < 2000);
    }

    // ======================================================================= keys

    @Test
    void aKeyWithAControlCharacterIsRejectedWithAReportWhereItsProviderLooks() {
        // GIVEN a return whose name holds a line break, uploaded by a script
        Upload upload = upload(
                "returns/careers-service/neet\nINFO forged log line.csv",
                (ReturnReaderTest.HEADER + "NEET,2025/26 Q2,E08000035,4.1,,,\n").getBytes(StandardCharsets.UTF_8));

        // WHEN it is processed
        Report report = processor.process(upload);

        // THEN it is rejected, nothing read, with a report beside the provider's other reports
        assertEquals(Report.REJECTED, report.status());
        assertEquals(0, report.rowsRead());
        assertTrue(reports.containsKey("reports/careers-service/neet\nINFO forged log line.csv.json"));
        assertEquals(0, report.errors().get(0).line());
        assertEquals("", report.errors().get(0).column());
        assertEquals(
                "The file's name 'returns/careers-service/neet\\nINFO forged log line.csv' has a control character"
                        + " (\\n) at position 29: rename the file with letters, digits, spaces, '-', '_' and '.' only"
                        + " and upload it again. Nothing in it was read.",
                report.errors().get(0).message());
        assertTrue(staged.isEmpty());
    }

    @Test
    void aKeyWithAControlCharacterIsNeverWrittenRawToTheLog() {
        // GIVEN the log of the upload processor, captured
        List<String> logged = new ArrayList<>();
        Logger log = Logger.getLogger(UploadProcessor.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(capture);
        try {
            Upload upload = upload(
                    "returns/careers-service/a\r\nb\u001b[2Jc.csv",
                    ReturnReaderTest.HEADER.getBytes(StandardCharsets.UTF_8));
            // WHEN it is processed twice (the second delivery is logged as already processed)
            processor.process(upload);
            processor.process(upload);
        } finally {
            log.removeHandler(capture);
        }
        // THEN the key is in the log with its control characters escaped
        assertEquals(1, logged.size(), logged::toString);
        assertTrue(logged.get(0).contains("a\\r\\nb\\u001b[2Jc.csv"), logged.get(0));
        assertFalse(logged.get(0).chars().anyMatch(Character::isISOControl), logged.get(0));
    }

    @Test
    void theLongestLegalKeyGetsAReportWithALegalKey() {
        // GIVEN a return key of 1,024 bytes, S3's limit (its report key would be 1,029)
        String key = "returns/careers-service/" + "n".repeat(1024 - 28) + ".csv";
        assertEquals(1024, key.getBytes(StandardCharsets.UTF_8).length);
        Upload upload = upload(
                key, (ReturnReaderTest.HEADER + "NEET,2025/26 Q2,E08000035,4.1,,,\n").getBytes(StandardCharsets.UTF_8));

        // WHEN it is processed
        Report report = processor.process(upload);

        // THEN it is accepted and its report key is within 1,024 bytes, in the provider's folder, marked with a hash
        assertEquals(Report.ACCEPTED, report.status());
        String reportKey = UploadKey.of(key).reportKey();
        assertTrue(reportKey.getBytes(StandardCharsets.UTF_8).length <= 1024, reportKey);
        assertTrue(reportKey.matches("reports/careers-service/n+~[0-9a-f]{16}\\.json"), reportKey);
        assertTrue(reports.containsKey(reportKey));
        // AND the report names the whole key
        assertEquals(key, report.file());
    }
}
