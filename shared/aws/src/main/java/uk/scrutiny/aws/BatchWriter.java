package uk.scrutiny.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items 25 at a time, several requests in flight at once when given a pool (bounded by
 * {@code WRITE_CONCURRENCY}). BatchWriteItem answers success even when it wrote only some items;
 * the rest come back as UnprocessedItems, which the SDK does not retry, so each request's are
 * resent here with exponential backoff and jitter until written or 10 attempts have failed, and
 * {@link #putAll} returns only when every item is written (else it throws).
 */
final class BatchWriter {
    static final int MAX_ITEMS = 25;
    private static final int MAX_ATTEMPTS = 10;
    private static final long BASE_DELAY_MS = 25;
    private static final long MAX_DELAY_MS = 3_000;

    /** Waits between attempts: {@link Thread#sleep} in production, a recorder in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final Sleeper sleeper;
    private final ExecutorService pool;

    BatchWriter(DynamoDbClient dynamo, String table) {
        this(dynamo, table, Thread::sleep, null);
    }

    BatchWriter(DynamoDbClient dynamo, String table, Sleeper sleeper) {
        this(dynamo, table, sleeper, null);
    }

    /** @param pool runs the requests several at a time; null for one at a time */
    BatchWriter(DynamoDbClient dynamo, String table, Sleeper sleeper, ExecutorService pool) {
        this.dynamo = dynamo;
        this.table = table;
        this.sleeper = sleeper;
        this.pool = pool;
    }

    void putAll(List<Map<String, AttributeValue>> items) {
        List<List<WriteRequest>> requests = new ArrayList<>();
        for (int from = 0; from < items.size(); from += MAX_ITEMS) {
            List<WriteRequest> request = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.subList(from, Math.min(items.size(), from + MAX_ITEMS))) {
                request.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item).build())
                        .build());
            }
            requests.add(request);
        }
        Parallel.forEach(pool, requests, this::write);
    }

    private void write(List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> pending = Map.of(table, requests);
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> sending = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(sending));
            Map<String, List<WriteRequest>> unprocessed = response.unprocessedItems();
            if (unprocessed == null
                    || unprocessed.isEmpty()
                    || unprocessed.values().stream().allMatch(List::isEmpty)) {
                return;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException(
                        unprocessed.get(table).size() + " items still unprocessed after " + MAX_ATTEMPTS + " attempts");
            }
            pending = unprocessed;
            sleep(attempt);
        }
    }

    /** After attempt n, waits a random time between half and all of 25 ms x 2^n, at most 3 s ("equal jitter"). */
    private void sleep(int attempt) {
        long cap = Math.min(MAX_DELAY_MS, BASE_DELAY_MS << Math.min(attempt, 16));
        try {
            sleeper.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while backing off", e);
        }
    }
}
