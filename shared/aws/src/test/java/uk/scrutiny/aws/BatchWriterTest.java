package uk.scrutiny.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchWriterTest {
    /** The documented backoff: after attempt n, between half and all of 25 ms x 2^n, never over 3 s. */
    private static final long[] LONGEST_WAIT_AFTER_ATTEMPT = {50, 100, 200, 400, 800, 1600, 3000, 3000, 3000};

    /** Every wait the writer asked for, in order; nothing really sleeps. */
    private final List<Long> waits = new ArrayList<>();

    private final BatchWriter.Sleeper recordingSleeper = waits::add;

    @AfterEach
    void clearTheInterruptFlag() {
        Thread.interrupted();
    }

    /**
     * A DynamoDB client that answers BatchWriteItem by leaving some items unprocessed, as a
     * throttled table does. Records the sort keys of every call's items.
     */
    private static DynamoDbClient leavingUnprocessed(List<List<String>> sent, int unprocessedTimes) {
        int[] calls = {0};
        return (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("batchWriteItem")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    BatchWriteItemRequest.Builder b = BatchWriteItemRequest.builder();
                    @SuppressWarnings("unchecked")
                    Consumer<BatchWriteItemRequest.Builder> consumer =
                            (Consumer<BatchWriteItemRequest.Builder>) args[0];
                    consumer.accept(b);
                    List<WriteRequest> requests = b.build().requestItems().get("t");
                    sent.add(requests.stream()
                            .map(r -> r.putRequest().item().get("sk").s())
                            .toList());
                    calls[0]++;
                    if (calls[0] <= unprocessedTimes) {
                        // Half the batch (and one) comes back unprocessed, with a success status.
                        return BatchWriteItemResponse.builder()
                                .unprocessedItems(Map.of("t", requests.subList(0, requests.size() / 2 + 1)))
                                .build();
                    }
                    return BatchWriteItemResponse.builder()
                            .unprocessedItems(Map.of())
                            .build();
                });
    }

    private static List<Map<String, AttributeValue>> items(int n) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("pk", AttributeValue.builder().s("SERIES#X").build());
            item.put("sk", AttributeValue.builder().s("A#" + i).build());
            items.add(item);
        }
        return items;
    }

    private static List<String> keys(int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            keys.add("A#" + i);
        }
        return keys;
    }

    private static List<Integer> sizes(List<List<String>> sent) {
        return sent.stream().map(List::size).toList();
    }

    @Test
    void writesAtMostTwentyFiveItemsACall() {
        // GIVEN a table that writes everything it is sent
        List<List<String>> sent = new ArrayList<>();
        // WHEN 60 items are written
        new BatchWriter(leavingUnprocessed(sent, 0), "t", recordingSleeper).putAll(items(60));
        // THEN they go in calls of 25, 25 and 10, in order, without waiting
        assertEquals(List.of(25, 25, 10), sizes(sent));
        assertEquals(List.of(keys(0, 25), keys(25, 50), keys(50, 60)), sent);
        assertEquals(List.of(), waits);
    }

    @Test
    void resendsUnprocessedItemsUntilAllAreWritten() {
        // GIVEN a table that leaves part of the first two answers unprocessed
        List<List<String>> sent = new ArrayList<>();
        // WHEN 25 items are written
        new BatchWriter(leavingUnprocessed(sent, 2), "t", recordingSleeper).putAll(items(25));
        // THEN the unprocessed ones are sent again (13 of 25, then 7 of 13), then the call succeeds
        assertEquals(List.of(25, 13, 7), sizes(sent));
        // AND exactly the items the table gave back are the ones resent
        assertEquals(List.of(keys(0, 25), keys(0, 13), keys(0, 7)), sent);
        // AND the writer waited before each resend, within the first two backoff windows
        assertEquals(2, waits.size(), waits::toString);
        assertWithinBackoffWindows(waits);
    }

    @Test
    void givesUpAfterItsAttemptsRatherThanLosingItemsSilently() {
        // GIVEN a table that never finishes writing
        List<List<String>> sent = new ArrayList<>();
        // WHEN 4 items are written
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new BatchWriter(leavingUnprocessed(sent, 1000), "t", recordingSleeper).putAll(items(4)));
        // THEN it stops after 10 attempts, saying how many items were not written
        assertEquals(10, sent.size());
        assertEquals("2 items still unprocessed after 10 attempts", e.getMessage());
        // AND it waited between attempts (9 times), not after the last
        assertEquals(9, waits.size(), waits::toString);
        assertWithinBackoffWindows(waits);
    }

    @Test
    void theBackoffGrowsExponentiallyWithJitterAndIsBounded() {
        // GIVEN many writes against a table that never finishes
        List<List<Long>> runs = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            waits.clear();
            assertThrows(
                    IllegalStateException.class,
                    () -> new BatchWriter(leavingUnprocessed(new ArrayList<>(), 1000), "t", recordingSleeper)
                            .putAll(items(4)));
            runs.add(List.copyOf(waits));
        }
        for (List<Long> run : runs) {
            // THEN every wait is in its window, each window twice the last until the 3 s cap
            assertWithinBackoffWindows(run);
            // AND until the cap the waits never shrink: each window starts where the last one ends
            for (int i = 1; i < 6; i++) {
                assertTrue(run.get(i) >= run.get(i - 1), run::toString);
            }
            assertTrue(run.stream().allMatch(w -> w <= 3000), run::toString);
        }
        // AND the waits are jittered, not fixed: the same attempt waits differently across runs
        assertTrue(
                runs.stream().map(r -> r.get(5)).distinct().count() > 1,
                () -> "the sixth wait was the same in every run: " + runs);
    }

    @Test
    void anInterruptWhileBackingOffStopsTheWriteAndKeepsTheInterrupt() {
        // GIVEN a table that leaves items unprocessed, and a thread interrupted while it waits
        BatchWriter.Sleeper interrupted = millis -> {
            throw new InterruptedException("shutting down");
        };
        // WHEN items are written
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new BatchWriter(leavingUnprocessed(new ArrayList<>(), 1), "t", interrupted).putAll(items(4)));
        // THEN the write stops with the cause and the thread is still marked interrupted
        assertEquals("Interrupted while backing off", e.getMessage());
        assertTrue(Thread.currentThread().isInterrupted());
    }

    private static void assertWithinBackoffWindows(List<Long> waits) {
        for (int i = 0; i < waits.size(); i++) {
            long longest = LONGEST_WAIT_AFTER_ATTEMPT[i];
            long wait = waits.get(i);
            int attempt = i + 1;
            assertTrue(
                    wait >= longest / 2 && wait <= longest,
                    () -> "wait after attempt " + attempt + " was " + wait + " ms, outside " + longest / 2 + ".."
                            + longest + " ms: " + waits);
        }
    }
}
