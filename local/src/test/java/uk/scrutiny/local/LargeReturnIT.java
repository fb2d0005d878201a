package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * A 200,000-row return through the handler in a 256 MB heap (this class runs in a JVM of its own
 * with -Xmx256m, see local/pom.xml): reading is streamed twice, so memory does not grow with it.
 */
class LargeReturnIT extends PipelineFixture {
    private static final int ROWS = 200_000;

    @TempDir
    Path work;

    @Override
    Aws aws() {
        return LocalEmulators.aws();
    }

    @Test
    void twoHundredThousandRowsInA256MbHeap() throws Exception {
        // GIVEN the heap really is limited, a one-indicator catalogue, and a 200,000-row return in the bucket
        assumeTrue(
                Runtime.getRuntime().maxMemory() <= 270L * 1024 * 1024,
                "runs only in the failsafe execution with -Xmx256m, not with "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        handler(store).handleRequest(put("config/indicators.csv", IngestBenchmark.CATALOGUE), null);
        Path csv = work.resolve("large.csv");
        IngestBenchmark.writeReturn(csv, ROWS);
        String key = "returns/bench/large.csv";
        PutObjectResponse put = aws.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(csv));
        String event = S3EventJson.objectCreated(
                "test",
                bucket,
                key,
                Files.size(csv),
                put.eTag().replace("\"", ""),
                put.versionId(),
                "00000000000000FFFF",
                Instant.now());
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        // WHEN it is processed
        long start = System.nanoTime();
        handler(store).handleRequest(event(event), null);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        // THEN every row is accepted and stored once
        assertEquals(
                "ACCEPTED", report("reports/bench/large.csv.json").get("status").asText());
        assertEquals(
                ROWS, report("reports/bench/large.csv.json").get("rowsAccepted").asLong());
        long stored = 0;
        long current = 0;
        for (int shard = 0; shard < 16; shard++) {
            stored += count("SERIES#BENCH#" + shard);
        }
        for (int shard = 0; shard < 4; shard++) {
            current += count("CURRENT#BENCH#" + shard);
        }
        assertEquals(ROWS, stored);
        assertEquals(ROWS, current);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "LargeReturnIT: %,d rows in %d s; heap limit %d MB, peak heap in use %d MB%n",
                ROWS, seconds, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }

    private long count(String pk) {
        long n = 0;
        for (var page : aws.dynamo()
                .queryPaginator(b -> b.tableName(table)
                        .select(Select.COUNT)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(
                                Map.of(":p", AttributeValue.builder().s(pk).build())))) {
            n += page.count();
        }
        return n;
    }
}
