package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.publish.SiteBucket;
import uk.scrutiny.rating.Summary;

/**
 * The largest return the limit accepts (300,000 rows, under 10 MB), then three resubmissions of
 * part of it, through the handler, then a full recalculation, all in an 800 MB heap (about 80% of
 * the functions' 1 GB; this class runs in a JVM of its own with -Xmx800m, see local/pom.xml). Before
 * current-figure items, every recalculation after such a return failed with OutOfMemoryError here.
 */
class LargeRecalculationIT extends PipelineFixture {
    private static final int ROWS = 300_000;
    private static final int RESUBMITTED = 20_000;

    @TempDir
    Path work;

    @Override
    Aws aws() {
        return LocalEmulators.aws();
    }

    @Test
    void aLargeReturnAndItsResubmissionsAreRecalculatedInAnEightHundredMegabyteHeap() throws Exception {
        assumeTrue(
                Runtime.getRuntime().maxMemory() <= 840L * 1024 * 1024
                        && Runtime.getRuntime().maxMemory() >= 700L * 1024 * 1024,
                "runs only in the failsafe execution with -Xmx800m, not with "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        handler(store).handleRequest(put("config/indicators.csv", IngestBenchmark.CATALOGUE), null);
        // GIVEN the largest accepted return, validated and stored through the handler
        long start = System.nanoTime();
        upload("large.csv", ROWS, 0, Instant.parse("2026-11-01T09:00:00Z"));
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        // AND three resubmissions of its first 20,000 figures
        for (int n = 1; n <= 3; n++) {
            upload("resubmission-" + n + ".csv", RESUBMITTED, n, Instant.parse("2026-11-0" + (1 + n) + "T09:00:00Z"));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        // WHEN every indicator is recalculated
        Map<String, byte[]> site = new HashMap<>();
        SiteBucket bucket = (key, body, type, cache) -> site.put(key, body);
        long recalcStart = System.nanoTime();
        Summary summary = new Recalculation(
                        store, bucket, "E08000000", "E92000001", Clock.fixed(Instant.now(), ZoneOffset.UTC))
                .run(LocalDate.of(2026, 11, 25));
        double recalcSeconds = (System.nanoTime() - recalcStart) / 1e9;
        // THEN it publishes, reading each figure once: the latest resubmission's values are current
        assertEquals(1, summary.indicators().size());
        assertTrue(site.containsKey("data/summary.json"));
        String bench = new String(site.get("data/indicators/BENCH.json"), StandardCharsets.UTF_8);
        assertTrue(bench.contains("\"revisions\" : 4"), "a figure resubmitted three times has four revisions");
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "LargeRecalculationIT: %,d-row return stored in %.0f s; with %d resubmissions of %,d rows,"
                        + " recalculated in %.0f s; heap limit %d MB, peak heap in use during the recalculation %d MB%n",
                ROWS,
                firstSeconds,
                3,
                RESUBMITTED,
                recalcSeconds,
                Runtime.getRuntime().maxMemory() >> 20,
                peak >> 20);
    }

    /** A return of the first {@code rows} figures (months x areas), values shifted by {@code version}. */
    private void upload(String name, int rows, int version, Instant at) throws Exception {
        Path csv = work.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("indicator_code,period,area_code,value\n");
            for (int i = 0; i < rows; i++) {
                int month = i % 600;
                w.write("BENCH," + String.format("%04d-%02d", 1970 + month / 12, month % 12 + 1) + ",E0"
                        + (8000000 + i / 600) + "," + (i % 97 + version) + ".5\n");
            }
        }
        assertTrue(Files.size(csv) <= 10L * 1024 * 1024, "within MaxReturnBytes");
        String key = "returns/bench/" + name;
        PutObjectResponse put = aws.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(csv));
        String event = S3EventJson.objectCreated(
                "test",
                bucket,
                key,
                Files.size(csv),
                put.eTag().replace("\"", ""),
                put.versionId(),
                String.format("%018X", 0xFF + version),
                at);
        handler(store).handleRequest(event(event), null);
        assertEquals(
                "ACCEPTED",
                report("reports/bench/" + name + ".json").get("status").asText());
    }
}
