package uk.scrutiny.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchWriterTest {

    /** A DynamoDB client that answers BatchWriteItem by leaving some items unprocessed, as a throttled table does. */
    private static DynamoDbClient leavingUnprocessed(List<Integer> sizesSent, int unprocessedTimes) {
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
                    List<WriteRequest> sent = b.build().requestItems().get("t");
                    sizesSent.add(sent.size());
                    calls[0]++;
                    if (calls[0] <= unprocessedTimes) {
                        // Half the batch comes back unprocessed, with a success status.
                        return BatchWriteItemResponse.builder()
                                .unprocessedItems(Map.of("t", sent.subList(0, sent.size() / 2 + 1)))
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

    @Test
    void writesAtMostTwentyFiveItemsACall() {
        List<Integer> sizes = new ArrayList<>();
        new BatchWriter(leavingUnprocessed(sizes, 0), "t").putAll(items(60));
        assertEquals(List.of(25, 25, 10), sizes);
    }

    @Test
    void resendsUnprocessedItemsUntilAllAreWritten() {
        // GIVEN a table that leaves part of the first two answers unprocessed
        List<Integer> sizes = new ArrayList<>();
        // WHEN 25 items are written
        new BatchWriter(leavingUnprocessed(sizes, 2), "t").putAll(items(25));
        // THEN the unprocessed ones are sent again (13 of 25, then 7 of 13), then the call succeeds
        assertEquals(List.of(25, 13, 7), sizes);
    }

    @Test
    void givesUpAfterItsAttemptsRatherThanLosingItemsSilently() {
        List<Integer> sizes = new ArrayList<>();
        assertThrows(
                IllegalStateException.class,
                () -> new BatchWriter(leavingUnprocessed(sizes, 1000), "t").putAll(items(4)));
        assertEquals(10, sizes.size());
    }
}
