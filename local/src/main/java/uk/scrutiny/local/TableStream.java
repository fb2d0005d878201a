package uk.scrutiny.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The table's DynamoDB stream, as far as the functions use it: dynalite has no streams, so the
 * table is read after each upload and its changes become stream records. Records are filtered by
 * the template's patterns and held for the template's batching window, so a burst of uploads
 * reaches the function as one batch, as it would in AWS.
 */
final class TableStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalCloud cloud;
    private final String table;
    /** Each item's last-seen content (its hash), by key: an unchanged item makes no record. */
    private final Map<String, Integer> seen = new HashMap<>();

    private final Map<String, List<ObjectNode>> pending = new HashMap<>();
    private long firstPendingAt;
    private long sequence = 100_000_000_000L;

    TableStream(LocalCloud cloud, String table) {
        this.cloud = cloud;
        this.table = table;
    }

    /**
     * Reads the changes since the last call into pending batches for every stream trigger whose
     * filter matches. Only the partitions the filters name ({@code dynamodb.Keys.pk.S}) are read;
     * a trigger whose filter names none sees every item, so the whole table is read.
     */
    synchronized void collect() {
        DynamoDbClient dynamo = cloud.dynamo();
        Optional<Set<String>> partitions = watchedPartitions();
        Iterable<Map<String, AttributeValue>> items = partitions.isEmpty()
                ? dynamo.scanPaginator(b -> b.tableName(table).consistentRead(true))
                        .items()
                : () -> partitions.get().stream()
                        .flatMap(pk -> dynamo
                                .queryPaginator(b -> b.tableName(table)
                                        .consistentRead(true)
                                        .keyConditionExpression("pk = :p")
                                        .expressionAttributeValues(Map.of(
                                                ":p",
                                                AttributeValue.builder().s(pk).build())))
                                .items()
                                .stream())
                        .iterator();
        for (Map<String, AttributeValue> item : items) {
            String key = item.get("pk").s() + "\u0000" + item.get("sk").s();
            Integer before = seen.put(key, item.hashCode());
            if (before != null && before == item.hashCode()) {
                continue;
            }
            ObjectNode record = record(item, before == null ? "INSERT" : "MODIFY");
            for (Template.Function function : cloud.functions()) {
                for (Template.StreamTrigger trigger : function.streams()) {
                    if (matchesAny(trigger.filterPatterns(), record)) {
                        if (pending.values().stream().allMatch(List::isEmpty)) {
                            firstPendingAt = System.currentTimeMillis();
                        }
                        pending.computeIfAbsent(function.logicalId() + "/" + trigger.name(), k -> new ArrayList<>())
                                .add(record);
                    }
                }
            }
        }
    }

    /** The partition keys every stream filter is limited to, or empty when some filter reads them all. */
    private Optional<Set<String>> watchedPartitions() {
        Set<String> partitions = new TreeSet<>();
        for (Template.Function function : cloud.functions()) {
            for (Template.StreamTrigger trigger : function.streams()) {
                if (trigger.filterPatterns().isEmpty()) {
                    return Optional.empty();
                }
                for (String pattern : trigger.filterPatterns()) {
                    JsonNode pk = readPattern(pattern)
                            .path("dynamodb")
                            .path("Keys")
                            .path("pk")
                            .path("S");
                    if (!pk.isArray()) {
                        return Optional.empty();
                    }
                    pk.forEach(value -> partitions.add(value.asText()));
                }
            }
        }
        return Optional.of(partitions);
    }

    private static JsonNode readPattern(String pattern) {
        try {
            return JSON.readTree(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad filter pattern in template.yaml: " + pattern, e);
        }
    }

    /** Delivers pending batches whose window has passed (or all of them, when {@code force}). */
    synchronized List<LocalCloud.Delivery> flush(boolean force) {
        List<LocalCloud.Delivery> deliveries = new ArrayList<>();
        for (Template.Function function : cloud.functions()) {
            for (Template.StreamTrigger trigger : function.streams()) {
                List<ObjectNode> records = pending.getOrDefault(function.logicalId() + "/" + trigger.name(), List.of());
                boolean due = force
                        || records.size() >= trigger.batchSize()
                        || System.currentTimeMillis() - firstPendingAt >= trigger.windowSeconds() * 1000L;
                while (!records.isEmpty() && due) {
                    List<ObjectNode> batch =
                            new ArrayList<>(records.subList(0, Math.min(trigger.batchSize(), records.size())));
                    records.subList(0, batch.size()).clear();
                    ObjectNode event = JSON.createObjectNode();
                    ArrayNode array = event.putArray("Records");
                    batch.forEach(array::add);
                    deliveries.add(cloud.invoke(function.logicalId(), trigger.name(), event.toString()));
                }
            }
        }
        return deliveries;
    }

    private ObjectNode record(Map<String, AttributeValue> item, String eventName) {
        return record(item, eventName, ++sequence, cloud.clock().instant(), table);
    }

    /** One stream record (NEW_IMAGE) as Lambda delivers it, for an item of the table. */
    static ObjectNode record(
            Map<String, AttributeValue> item, String eventName, long sequence, Instant created, String table) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventID", Long.toHexString(sequence));
        record.put("eventName", eventName);
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", "eu-west-2");
        ObjectNode dynamodb = record.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", created.getEpochSecond());
        ObjectNode keys = dynamodb.putObject("Keys");
        keys.set("pk", attribute(item.get("pk")));
        keys.set("sk", attribute(item.get("sk")));
        ObjectNode image = dynamodb.putObject("NewImage");
        item.forEach((k, v) -> image.set(k, attribute(v)));
        dynamodb.put("SequenceNumber", Long.toString(sequence));
        dynamodb.put("StreamViewType", "NEW_IMAGE");
        record.put("eventSourceARN", "arn:aws:dynamodb:eu-west-2:000000000000:table/" + table + "/stream/local");
        return record;
    }

    private static JsonNode attribute(AttributeValue v) {
        ObjectNode node = JSON.createObjectNode();
        if (v.s() != null) {
            node.put("S", v.s());
        } else if (v.n() != null) {
            node.put("N", v.n());
        } else if (v.bool() != null) {
            node.put("BOOL", v.bool());
        } else if (v.hasSs()) {
            ArrayNode set = node.putArray("SS");
            v.ss().forEach(set::add);
        } else if (v.hasL()) {
            ArrayNode list = node.putArray("L");
            v.l().forEach(x -> list.add(attribute(x)));
        } else if (v.hasM()) {
            ObjectNode map = node.putObject("M");
            v.m().forEach((k, x) -> map.set(k, attribute(x)));
        } else {
            node.put("NULL", true);
        }
        return node;
    }

    /** Event-filter patterns as Lambda reads them: every named field present, leaf values one of those listed. */
    static boolean matchesAny(List<String> patterns, JsonNode record) {
        if (patterns.isEmpty()) {
            return true;
        }
        for (String pattern : patterns) {
            if (matches(readPattern(pattern), record)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(JsonNode pattern, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return false;
        }
        if (pattern.isArray()) {
            for (JsonNode allowed : pattern) {
                if (allowed.equals(value)) {
                    return true;
                }
            }
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!matches(field.getValue(), value.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
