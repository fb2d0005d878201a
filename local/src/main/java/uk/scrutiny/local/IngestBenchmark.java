package uk.scrutiny.local;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Times the ingest of a generated return through the real handler (in its own JVM, as the runner
 * runs it) into the DynamoDB emulator, beside a bare BatchWriteItem loop writing the same number of
 * items of the same shape to the same emulator in the same run. The ratio is the figure: the
 * emulator's own speed cancels out.
 */
public final class IngestBenchmark {
    static final String CATALOGUE = """
            code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers
            BENCH,Benchmark indicator,P01,Benchmark priority,Benchmark outcome,higher,percent,monthly,30,bench
            """;

    private IngestBenchmark() {}

    /** Writes a return of {@code rows} distinct figures (months x areas), each with numerator and denominator. */
    static void writeReturn(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("indicator_code,period,area_code,value,numerator,denominator,note\n");
            for (int i = 0; i < rows; i++) {
                int month = i % 600;
                int area = i / 600;
                int denominator = 1000 + i % 9000;
                int numerator = denominator * (i % 97) / 100;
                // 600 months from January 1970: every one ended long before the upload.
                w.write("BENCH," + String.format("%04d-%02d", 1970 + month / 12, month % 12 + 1) + ",E0"
                        + (8000000 + area) + ",," + numerator + "," + denominator + ",\n");
            }
        }
    }

    /**
     * @param args rows (default 100,000), then the modelled round trip to DynamoDB in milliseconds
     *             (default 0: the emulator on loopback only). With a round trip, every DynamoDB request of
     *             both sides, the handler's and the bare loop's, waits that long for its response.
     */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        java.time.Duration roundTrip = java.time.Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
        Path root = LocalRunner.projectRoot();
        Path work = Files.createTempDirectory("ingest-bench");
        Path csv = work.resolve("bench.csv");
        writeReturn(csv, rows);
        System.out.printf(
                "Ingest benchmark: %,d rows (%,d bytes), handler in its own JVM, dynalite on loopback%s%n",
                rows,
                Files.size(csv),
                roundTrip.isZero()
                        ? ""
                        : ", every DynamoDB request " + roundTrip.toMillis()
                                + " ms more (a modelled round trip to the real service)");
        try (LocalCloud cloud = LocalCloud.start(root, 0, work, java.time.Clock.systemUTC(), roundTrip)) {
            String bucket = cloud.bucket(LocalCloud.RETURNS_BUCKET);
            cloud.upload(bucket, "config/indicators.csv", CATALOGUE.getBytes(StandardCharsets.UTF_8));

            long bareNanos = bareLoop(cloud, rows);
            long parallelNanos = parallelBareLoop(cloud, rows, 8);
            String key = "returns/bench/bench.csv";
            cloud.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(csv));
            long start = System.nanoTime();
            List<LocalCloud.Delivery> deliveries = cloud.notifyCreated(bucket, key);
            long handlerNanos = System.nanoTime() - start;
            if (deliveries.isEmpty()
                    || !deliveries.get(0).succeeded()
                    || deliveries.get(0).attempts() != 1) {
                throw new IllegalStateException("The handler did not ingest the return: " + deliveries);
            }
            String summary = LocalRunner.summary(cloud, bucket, key, deliveries);
            double bareRate = rows / (bareNanos / 1e9);
            double parallelRate = rows / (parallelNanos / 1e9);
            double handlerRate = rows / (handlerNanos / 1e9);
            System.out.println(summary);
            System.out.printf("bare BatchWriteItem loop : %8.1f s  %,10.0f rows/s%n", bareNanos / 1e9, bareRate);
            System.out.printf(
                    "bare loop, 8 in flight   : %8.1f s  %,10.0f rows/s  (%.2fx the loop: what this emulator takes of"
                            + " one write a row)%n",
                    parallelNanos / 1e9, parallelRate, parallelRate / bareRate);
            System.out.printf(
                    "handler (validate+store) : %8.1f s  %,10.0f rows/s  (two writes and a read a row)%n",
                    handlerNanos / 1e9, handlerRate);
            System.out.printf("ratio handler / bare     : %8.2f%n", handlerRate / bareRate);
        }
    }

    /** The same loop with requests in flight at once: what the emulator can take. */
    static long parallelBareLoop(LocalCloud cloud, int rows, int threads) throws InterruptedException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < rows; from += 25) {
            int first = from;
            futures.add(pool.submit(() -> {
                List<WriteRequest> batch = new ArrayList<>(25);
                for (int i = first; i < Math.min(rows, first + 25); i++) {
                    Map<String, AttributeValue> item = todaysItem("PARALLEL#BENCH", i);
                    batch.add(WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(item).build())
                            .build());
                }
                Map<String, List<WriteRequest>> pending = Map.of(cloud.table(), batch);
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> sending = pending;
                    BatchWriteItemResponse r = cloud.dynamo().batchWriteItem(b -> b.requestItems(sending));
                    pending = r.unprocessedItems() == null ? Map.of() : r.unprocessedItems();
                }
            }));
        }
        for (java.util.concurrent.Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.shutdown();
        return System.nanoTime() - start;
    }

    /** The baseline: the same number of items, of the staged values' shape, 25 per BatchWriteItem, resending unprocessed ones. */
    static long bareLoop(LocalCloud cloud, int rows) {
        String table = cloud.table();
        long start = System.nanoTime();
        List<WriteRequest> batch = new ArrayList<>(25);
        for (int i = 0; i < rows; i++) {
            Map<String, AttributeValue> item = todaysItem("BARE#BENCH", i);
            batch.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(item).build())
                    .build());
            if (batch.size() == 25 || i == rows - 1) {
                Map<String, List<WriteRequest>> pending = Map.of(table, new ArrayList<>(batch));
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> sending = pending;
                    BatchWriteItemResponse r = cloud.dynamo().batchWriteItem(b -> b.requestItems(sending));
                    pending = r.unprocessedItems() == null ? Map.of() : r.unprocessedItems();
                }
                batch.clear();
            }
        }
        return System.nanoTime() - start;
    }

    /** One value as it was stored before issue 9: its file's provenance copied onto it. */
    private static Map<String, AttributeValue> todaysItem(String pk, int i) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(pk));
        item.put("sk", s("E0" + (8000000 + i / 600) + "#" + i + "#2026-11-25T00:00:00.000Z#0000000000000000"));
        item.put("frequency", s("monthly"));
        item.put("periodStart", s("2026-11-01"));
        item.put("value", n(Integer.toString(i % 97)));
        item.put("numerator", n(Integer.toString(i % 97 * 10)));
        item.put("denominator", n("1000"));
        item.put("file", s("bench/returns/bench/bench.csv#e:0123456789abcdef0123456789abcdef"));
        item.put("bucket", s("bench"));
        item.put("key", s("returns/bench/bench.csv"));
        item.put("eTag", s("0123456789abcdef0123456789abcdef"));
        item.put("provider", s("bench"));
        item.put("receivedAt", s("2026-11-25T00:00:00Z"));
        item.put("line", n(Integer.toString(i + 2)));
        return item;
    }

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }

    private static AttributeValue n(String v) {
        return AttributeValue.builder().n(v).build();
    }
}
