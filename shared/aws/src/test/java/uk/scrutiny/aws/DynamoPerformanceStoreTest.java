package uk.scrutiny.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.Observation;
import uk.scrutiny.returns.Upload;

/**
 * GIVEN the store over a DynamoDB client that records what it is asked to write, WHEN values and
 * ledger items are written, THEN periods are stored in a form read back without re-parsing display
 * text, and keys stay within DynamoDB's limits whatever the S3 key.
 */
class DynamoPerformanceStoreTest {
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    /** Every item written with PutItem or BatchWriteItem, in order. */
    private final List<Map<String, AttributeValue>> written = new ArrayList<>();

    /** Every UpdateItem request, in order. */
    private final List<UpdateItemRequest> updated = new ArrayList<>();

    private DynamoPerformanceStore store() {
        DynamoDbClient dynamo = (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "batchWriteItem" -> {
                            BatchWriteItemRequest.Builder b = BatchWriteItemRequest.builder();
                            @SuppressWarnings("unchecked")
                            Consumer<BatchWriteItemRequest.Builder> c =
                                    (Consumer<BatchWriteItemRequest.Builder>) args[0];
                            c.accept(b);
                            for (WriteRequest w : b.build().requestItems().get("t")) {
                                written.add(w.putRequest().item());
                            }
                            return BatchWriteItemResponse.builder().build();
                        }
                        case "putItem" -> {
                            PutItemRequest.Builder b = PutItemRequest.builder();
                            @SuppressWarnings("unchecked")
                            Consumer<PutItemRequest.Builder> c = (Consumer<PutItemRequest.Builder>) args[0];
                            c.accept(b);
                            written.add(b.build().item());
                            return PutItemResponse.builder().build();
                        }
                        case "updateItem" -> {
                            UpdateItemRequest.Builder b = UpdateItemRequest.builder();
                            @SuppressWarnings("unchecked")
                            Consumer<UpdateItemRequest.Builder> c = (Consumer<UpdateItemRequest.Builder>) args[0];
                            c.accept(b);
                            updated.add(b.build());
                            return UpdateItemResponse.builder().build();
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
        return new DynamoPerformanceStore(dynamo, "t", Clock.fixed(T, ZoneOffset.UTC));
    }

    private static Upload upload(String key) {
        return new Upload("returns-bucket", key, "v1", "e1", 10, T, "0A");
    }

    private static Observation observation(Frequency frequency, String period) {
        return new Observation(
                "NEET", Period.parse(frequency, period), "E08000035", new BigDecimal("4.1"), null, null, null, 2);
    }

    @Test
    void everyStoredPeriodIsReadBackAsItselfFromFrequencyAndStartDate() {
        // GIVEN one value for the first and last accepted period of every frequency
        List<Observation> batch = new ArrayList<>();
        for (String[] p : new String[][] {
            {"calendar-year", "1950"},
            {"calendar-year", "2100"},
            {"financial-year", "1950/51"},
            {"financial-year", "2100/01"},
            {"academic-year", "1999/00"},
            {"quarterly", "1950/51 Q1"},
            {"quarterly", "2100/01 Q4"},
            {"monthly", "1950-01"},
            {"monthly", "2100-12"},
        }) {
            batch.add(observation(Frequency.fromText(p[0]).orElseThrow(), p[1]));
        }
        // WHEN they are staged
        store().stage(upload("returns/careers-service/neet.csv"), "careers-service", batch);
        // THEN each item carries its frequency and start date, and no display text to re-parse
        assertEquals(batch.size(), written.size());
        for (int i = 0; i < batch.size(); i++) {
            Map<String, AttributeValue> item = written.get(i);
            Period period = batch.get(i).period();
            assertEquals(period.frequency().text(), item.get("frequency").s());
            assertEquals(period.start().toString(), item.get("periodStart").s());
            assertFalse(item.containsKey("period"), "display text is not stored");
            // AND reading it back gives the same period, whatever the catalogue now says
            assertEquals(Optional.of(period), DynamoPerformanceStore.storedPeriod(item, Frequency.MONTHLY));
        }
    }

    @Test
    void anItemStoredBeforeWithUnparseableDisplayTextIsReadFromItsSortKey() {
        // GIVEN an item written before this change for the issue's 0000/01 Q1, stored as display text "0/01 Q1"
        Map<String, AttributeValue> old = Map.of(
                "pk", s("SERIES#NEET"),
                "sk", s("E08000035#0000-04-01#2026-11-01T09:00:00.000Z#0000000000000000000000000000000A"),
                "period", s("0/01 Q1"));
        // WHEN it is read with the indicator's frequency
        Optional<Period> period = DynamoPerformanceStore.storedPeriod(old, Frequency.QUARTERLY);
        // THEN it is read (from the start date in its sort key), not a parse failure that stops the recalculation
        assertTrue(period.isPresent());
        assertEquals(java.time.LocalDate.of(0, 4, 1), period.get().start());
    }

    @Test
    void anItemWhosePeriodCannotBeReadIsLeftOutRatherThanStoppingTheRead() {
        // GIVEN an old target whose display text no longer parses
        Map<String, AttributeValue> old = Map.of(
                "pk", s("TARGETS#x"), "sk", s("TARGET#000001"), "frequency", s("quarterly"), "period", s("0/01 Q1"));
        // THEN it is left out (and logged), not thrown
        assertEquals(Optional.empty(), DynamoPerformanceStore.storedPeriod(old, null));
    }

    @Test
    void aCommitNamesTheIndicatorsItChangedUnlessTheyAreTooManyForItsLedgerItem() {
        // GIVEN a return that changed two indicators, and one that changed 50,000 (about 400 KB of codes)
        Set<String> two = Set.of("NEET", "CLA-RATE");
        Set<String> many = new java.util.TreeSet<>();
        for (int i = 0; i < 50_000; i++) {
            many.add(String.format("IND-%05d", i));
        }
        // WHEN each is committed
        store().commit(upload("returns/careers-service/neet.csv"), 2, two);
        store().commit(upload("returns/bench/all.csv"), 50_000, many);
        // THEN the first ledger item names its two, for the stream's publish of just those
        UpdateItemRequest first = updated.get(0);
        assertEquals(Set.copyOf(first.expressionAttributeValues().get(":i").ss()), two);
        assertTrue(first.updateExpression().contains("indicators = :i"));
        // AND the second names none (a full publish), so the item stays under DynamoDB's 400 KB and the commit can
        // succeed
        UpdateItemRequest second = updated.get(1);
        assertFalse(second.expressionAttributeValues().containsKey(":i"));
        assertFalse(second.updateExpression().contains("indicators"));
    }

    @Test
    void aLedgerIdThatFitsIsTheUploadIdItself() {
        store().begin(upload("returns/careers-service/neet.csv"), "careers-service");
        Map<String, AttributeValue> ledger = written.get(0);
        assertEquals(
                "returns-bucket/returns/careers-service/neet.csv#v:v1",
                ledger.get("sk").s());
        assertEquals(ledger.get("sk").s(), ledger.get("uploadId").s());
    }

    @Test
    void theLongestLegalS3KeyGivesKeysWithinDynamoDbsLimitsAndKeepsTheFullKey() {
        // GIVEN an S3 key of 1,024 bytes (S3's limit), most of it 3-byte characters
        String key = "returns/careers-service/" + "é".repeat(300) + "€".repeat(100) + ".csv";
        key = key + "x".repeat(1024 - key.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(1024, key.getBytes(StandardCharsets.UTF_8).length);
        Upload upload = upload(key);
        DynamoPerformanceStore store = store();
        // WHEN it is claimed in the ledger, staged and its targets stored
        store.begin(upload, "careers-service");
        store.stage(upload, "careers-service", List.of(observation(Frequency.QUARTERLY, "2025/26 Q2")));
        // THEN the ledger's sort key is at most 1,024 bytes and ends with the hash of the whole id
        Map<String, AttributeValue> ledger = written.get(0);
        String sk = ledger.get("sk").s();
        assertTrue(sk.getBytes(StandardCharsets.UTF_8).length <= 1024, sk);
        assertTrue(sk.matches("(?s)returns-bucket/returns/careers-service/é+#sha256:[0-9a-f]{64}"), sk);
        // AND a partition key built from it (CATALOGUE#id, TARGETS#id) is within 2,048 bytes
        assertTrue(("CATALOGUE#" + sk).getBytes(StandardCharsets.UTF_8).length <= 2048);
        // AND the full key and id are kept as attributes
        assertEquals(key, ledger.get("key").s());
        assertEquals(upload.id(), ledger.get("uploadId").s());
        // AND the staged value names the same ledger id, so its provenance is found on the ledger item
        assertEquals(sk, written.get(1).get("file").s());
        // AND carries no provenance of its own: that is stored once, on the ledger item
        for (String copied : List.of("key", "bucket", "eTag", "versionId", "provider", "receivedAt")) {
            assertFalse(written.get(1).containsKey(copied), copied);
        }
        assertTrue(written.get(1).get("pk").s().matches("SERIES#NEET#([0-9]|1[0-5])"));
        // AND two long keys that differ only at the end get different ids
        assertFalse(TableLayout.ledgerId(upload.id())
                .equals(TableLayout.ledgerId(
                        upload(key.substring(0, key.length() - 1) + "y").id())));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }
}
