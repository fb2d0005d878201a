package uk.scrutiny.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * The baseline of {@link ColdStartBenchmark}: a fresh JVM that builds the SDK clients the way the
 * functions do ({@code AwsClients}: region, one URL-connection HTTP client, the endpoints from the
 * environment) and makes the SDK calls a handler makes for the benchmark's event, in the same
 * order, and nothing else: no handler, no Jackson, no CSV, no domain, no logging of its own. It
 * builds only the clients it calls. Its writes go to keys of its own ({@code BARE#} partitions,
 * {@code bare/} prefixes), so it never changes what the handlers read.
 *
 * <pre>
 * upload KEY VERSION_ID ROWS REPORT_BYTES INDICATORS   what ReturnUploadedHandler does for an accepted return
 * recalculate PUBLISHES LIST CHANGED SIZE...       what the recalculation does: LIST is "list" (the nightly run,
 *                                                  which lists the indicator files) or "-"; CHANGED the codes a
 *                                                  stream batch re-rates (comma-separated) or "-" for all; one
 *                                                  PutObject per SIZE, the last being the summary; PUBLISHES SNS notices
 * </pre>
 */
public final class BareColdStart {
    private static final Map<String, String> ENV = System.getenv();
    private static SdkHttpClient http;

    private BareColdStart() {}

    private static long started;
    private static long built;

    public static void main(String[] args) {
        started = System.nanoTime();
        int status = 0;
        try {
            if (args[0].equals("upload")) {
                upload(
                        args[1],
                        args[2],
                        Integer.parseInt(args[3]),
                        Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]));
            } else {
                int[] sizes = new int[args.length - 4];
                for (int i = 0; i < sizes.length; i++) {
                    sizes[i] = Integer.parseInt(args[i + 4]);
                }
                recalculate(
                        Integer.parseInt(args[1]),
                        args[2].equals("list"),
                        args[3].equals("-") ? List.of() : List.of(args[3].split(",")),
                        sizes);
            }
            long called = System.nanoTime();
            System.err.println("PHASES clients=" + (built - started) / 1000 + " calls=" + (called - built) / 1000);
            System.err.println("CPU " + cpuMicros());
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /**
     * This process's CPU time so far, every thread's (ours, the JIT compiler's, the collector's), from
     * /proc in clock ticks of 10 ms; -1 where there is no /proc.
     */
    static long cpuMicros() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Claim, read the catalogue, read the upload, stage its rows, commit, look for a report, write it. */
    static void upload(String key, String versionId, int rows, int reportBytes, int indicators) {
        String table = ENV.get("TABLE_NAME");
        String bucket = ENV.get("RETURNS_BUCKET");
        S3Client s3 = s3();
        DynamoDbClient dynamo = dynamoDb();
        built = System.nanoTime();
        String id = bucket + "/" + key + "#v:" + versionId;
        String now = java.time.Instant.now().toString();

        Map<String, AttributeValue> ledger = new HashMap<>();
        ledger.put("pk", s("BARE#LEDGER"));
        ledger.put("sk", s(id));
        ledger.put("status", s("PROCESSING"));
        ledger.put("ord", s(now + "#0000000000000001"));
        ledger.put("bucket", s(bucket));
        ledger.put("key", s(key));
        ledger.put("eTag", s("0123456789abcdef0123456789abcdef"));
        ledger.put("size", n("300"));
        ledger.put("startedAt", s(now));
        ledger.put("versionId", s(versionId));
        ledger.put("provider", s("bare"));
        dynamo.putItem(b -> b.tableName(table).item(ledger).conditionExpression("attribute_not_exists(pk)"));

        String catalogue = dynamo.getItem(b ->
                        b.tableName(table).consistentRead(true).key(Map.of("pk", s("CONFIG"), "sk", s("CATALOGUE"))))
                .item()
                .get("file")
                .s();
        query(dynamo, table, "CATALOGUE#" + catalogue);
        // The areas file's pointer, as the handler reads it (none in the benchmark's seed).
        dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of("pk", s("CONFIG"), "sk", s("AREAS"))));

        byte[] upload;
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key).versionId(versionId))) {
            upload = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // Stage: one revision a row, naming the file (its provenance is on the ledger item).
        List<Map<String, AttributeValue>> revisions = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("pk", s("BARE#SERIES#" + (i % 16)));
            item.put("sk", s("E0800003" + i + "#2026-07-01#" + now));
            item.put("frequency", s("quarterly"));
            item.put("periodStart", s("2026-07-01"));
            item.put("value", n(Integer.toString(upload.length + i)));
            item.put("numerator", n("881"));
            item.put("denominator", n("19170"));
            item.put("line", n(Integer.toString(i + 2)));
            item.put("file", s(id));
            revisions.add(item);
        }
        batchWrite(dynamo, table, revisions);

        dynamo.updateItem(b -> b.tableName(table)
                .key(Map.of("pk", s("BARE#LEDGER"), "sk", s(id)))
                .updateExpression("SET #st = :c, #rows = :r, committedAt = :t, indicators = :i")
                .conditionExpression("attribute_exists(pk) AND #st <> :cur")
                .expressionAttributeNames(Map.of("#st", "status", "#rows", "rows"))
                .expressionAttributeValues(Map.of(
                        ":c",
                        s("COMMITTED"),
                        ":cur",
                        s("CURRENT"),
                        ":r",
                        n(Integer.toString(rows)),
                        ":t",
                        s(now),
                        ":i",
                        AttributeValue.builder().ss("NEET").build())));

        // Promote: lock the indicator, read its current items, write them back, unlock; then mark the file current.
        for (int i = 0; i < indicators; i++) {
            Map<String, AttributeValue> lock = Map.of("pk", s("BARE#LOCK#CURRENT#" + i), "sk", s("LOCK"));
            dynamo.updateItem(b -> b.tableName(table)
                    .key(lock)
                    .updateExpression("SET #ow = :f, #un = :u")
                    .conditionExpression("attribute_not_exists(#ow) OR #ow = :f OR #un < :now")
                    .expressionAttributeNames(Map.of("#ow", "owner", "#un", "until"))
                    .expressionAttributeValues(Map.of(":f", s(id), ":u", n("9999999999999"), ":now", n("0"))));
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            keys.add(Map.of("pk", s("BARE#CURRENT#" + (i % 4)), "sk", s("E0800003" + i + "#2026-07-01")));
        }
        dynamo.batchGetItem(b -> b.requestItems(Map.of(
                table,
                software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
                        .keys(keys)
                        .consistentRead(true)
                        .build())));
        List<Map<String, AttributeValue>> current = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, AttributeValue> item = new HashMap<>(revisions.get(i));
            item.putAll(keys.get(i));
            item.put("ord", s(now));
            item.put("revs", AttributeValue.builder().ss(now).build());
            current.add(item);
        }
        batchWrite(dynamo, table, current);
        for (int i = 0; i < indicators; i++) {
            Map<String, AttributeValue> lock = Map.of("pk", s("BARE#LOCK#CURRENT#" + i), "sk", s("LOCK"));
            dynamo.updateItem(b -> b.tableName(table)
                    .key(lock)
                    .updateExpression("REMOVE #ow, #un")
                    .conditionExpression("#ow = :f")
                    .expressionAttributeNames(Map.of("#ow", "owner", "#un", "until"))
                    .expressionAttributeValues(Map.of(":f", s(id))));
        }
        dynamo.updateItem(b -> b.tableName(table)
                .key(Map.of("pk", s("BARE#LEDGER"), "sk", s(id)))
                .updateExpression("SET #st = :cur, currentAt = :t")
                .conditionExpression("#st = :c")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":cur", s("CURRENT"), ":c", s("COMMITTED"), ":t", s(now))));

        String report = "reports/bare/" + key + ".json";
        try {
            s3.getObjectAsBytes(b -> b.bucket(bucket).key(report));
        } catch (NoSuchKeyException e) {
            // none yet, as for a new upload
        }
        s3.putObject(
                b -> b.bucket(bucket).key(report).contentType("application/json"),
                RequestBody.fromBytes(new byte[reportBytes]));
    }

    private static void currentFiles(DynamoDbClient dynamo, String table) {
        dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :p")
                        .filterExpression("#st = :c")
                        .expressionAttributeNames(Map.of("#st", "status"))
                        .expressionAttributeValues(Map.of(":p", s("LEDGER"), ":c", s("CURRENT")))
                        .build())
                .items()
                .forEach(item -> {});
    }

    private static void batchWrite(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        List<WriteRequest> writes = new ArrayList<>();
        items.forEach(item -> writes.add(WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item).build())
                .build()));
        for (int from = 0; from < writes.size(); from += 25) {
            Map<String, List<WriteRequest>> pending =
                    Map.of(table, writes.subList(from, Math.min(writes.size(), from + 25)));
            while (!pending.isEmpty() && !pending.values().stream().allMatch(List::isEmpty)) {
                Map<String, List<WriteRequest>> sending = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(sending));
                pending = response.unprocessedItems();
            }
        }
    }

    /**
     * Read the catalogue, the committed files, every indicator's series and the targets; write the
     * files; list the indicator files (nightly); publish the notices (nightly).
     */
    static void recalculate(int publishes, boolean list, List<String> changed, int[] sizes) {
        String table = ENV.get("TABLE_NAME");
        String site = ENV.get("SITE_BUCKET");
        DynamoDbClient dynamo = dynamoDb();
        S3Client s3 = s3();
        SnsClient sns = publishes > 0 ? sns() : null;
        built = System.nanoTime();

        List<String> codes = new ArrayList<>();
        for (Map<String, AttributeValue> item :
                query(dynamo, table, "CATALOGUE#" + current(dynamo, table, "CATALOGUE"))) {
            codes.add(item.get("code").s());
        }
        query(dynamo, table, "TARGETS#" + current(dynamo, table, "TARGETS"));
        // The commentary and the files it came from, the areas file's pointer (none in the seed).
        query(dynamo, table, "COMMENTARY");
        currentFiles(dynamo, table);
        dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of("pk", s("CONFIG"), "sk", s("AREAS"))));
        List<String> rated = changed.isEmpty() ? codes : changed;
        if (!changed.isEmpty()) {
            // A stream batch: the other indicators' kept results.
            for (int shard = 0; shard < 8; shard++) {
                query(dynamo, table, "RESULTS#" + shard);
            }
        }
        currentFiles(dynamo, table);
        for (String code : rated) {
            for (int shard = 0; shard < 4; shard++) {
                query(dynamo, table, "CURRENT#" + code + "#" + shard);
            }
        }
        List<Map<String, AttributeValue>> results = new ArrayList<>();
        for (String code : rated) {
            results.add(Map.of(
                    "pk",
                    s("BARE#RESULTS"),
                    "sk",
                    s(code),
                    "result",
                    AttributeValue.builder()
                            .b(software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[600]))
                            .build()));
        }
        batchWrite(dynamo, table, results);

        for (int i = 0; i < sizes.length; i++) {
            String key = i == sizes.length - 1 ? "bare/data/summary.json" : "bare/data/indicators/" + i + ".json";
            s3.putObject(
                    b -> b.bucket(site)
                            .key(key)
                            .contentType("application/json")
                            .cacheControl("public, max-age=30, must-revalidate"),
                    RequestBody.fromBytes(new byte[sizes[i]]));
        }
        if (list) {
            List<String> keys = new ArrayList<>();
            s3.listObjectsV2Paginator(b -> b.bucket(site).prefix("bare/data/indicators/"))
                    .contents()
                    .forEach(o -> keys.add(o.key()));
        }
        for (int i = 0; i < publishes; i++) {
            String provider = "bare-" + i;
            sns.publish(b -> b.topicArn(ENV.get("NOTICES_TOPIC_ARN"))
                    .subject("A return is overdue")
                    .message("A return is overdue. This notice comes from the cold start benchmark's bare JVM.")
                    .messageAttributes(Map.of(
                            "provider",
                            MessageAttributeValue.builder()
                                    .dataType("String")
                                    .stringValue(provider)
                                    .build())));
        }
    }

    private static String current(DynamoDbClient dynamo, String table, String what) {
        return dynamo.getItem(
                        b -> b.tableName(table).consistentRead(true).key(Map.of("pk", s("CONFIG"), "sk", s(what))))
                .item()
                .get("file")
                .s();
    }

    private static List<Map<String, AttributeValue>> query(DynamoDbClient dynamo, String table, String pk) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(pk)))
                        .build())
                .items()
                .forEach(items::add);
        return items;
    }

    // ---- the clients, built as AwsClients builds them

    /** One HTTP client for every client, built with the first, as AwsClients does. */
    private static SdkHttpClient http() {
        if (http == null) {
            http = UrlConnectionHttpClient.builder().build();
        }
        return http;
    }

    private static Region region() {
        String region = ENV.get("AWS_REGION");
        return Region.of(region == null ? "eu-west-2" : region);
    }

    private static S3Client s3() {
        var builder = S3Client.builder().region(region()).httpClient(http());
        String endpoint = ENV.get("AWS_ENDPOINT_URL_S3");
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return builder.build();
    }

    private static DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder().region(region()).httpClient(http());
        String endpoint = ENV.get("AWS_ENDPOINT_URL_DYNAMODB");
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private static SnsClient sns() {
        var builder = SnsClient.builder().region(region()).httpClient(http());
        String endpoint = ENV.get("AWS_ENDPOINT_URL_SNS");
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(String value) {
        return AttributeValue.builder().n(value).build();
    }
}
