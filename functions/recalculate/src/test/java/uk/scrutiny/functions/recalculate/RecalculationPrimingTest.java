package uk.scrutiny.functions.recalculate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;

class RecalculationPrimingTest {
    @Test
    void primesWithoutReadingOrWritingAnything() throws Exception {
        // GIVEN clients that record what they are asked to send, and send nothing
        SdkCalls sdk = new SdkCalls();
        RecalculationPriming priming = new RecalculationPriming(sdk::dynamoDb, sdk::s3, "the-table", "the-site-bucket");
        // WHEN Lambda calls the hook before the snapshot (and after the restore)
        priming.beforeCheckpoint(Core.getGlobalContext());
        priming.afterRestore(Core.getGlobalContext());
        // THEN it completed (the in-memory recalculation included) having asked for two reads of keys
        // that cannot exist, and no write: no PutObject, DeleteObject or Publish
        assertEquals(List.of("DynamoDb.GetItem", "S3.HeadObject"), sdk.calls);
        GetItemRequest get = (GetItemRequest) sdk.requests.get(0);
        assertEquals("the-table", get.tableName());
        assertEquals(
                Map.of(
                        "pk", AttributeValue.builder().s("PRIME").build(),
                        "sk", AttributeValue.builder().s("PRIME").build()),
                get.key());
        HeadObjectRequest head = (HeadObjectRequest) sdk.requests.get(1);
        assertEquals("the-site-bucket", head.bucket());
        assertEquals("PRIME/PRIME", head.key());
    }
}
