package uk.scrutiny.functions.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.crac.Core;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import uk.scrutiny.aws.AwsClients;

class ReturnUploadedPrimingTest {
    @Test
    void primesWithoutReadingOrWritingAnything() throws Exception {
        // GIVEN clients that record what they are asked to send, and send nothing
        SdkCalls sdk = new SdkCalls();
        AtomicInteger snsClientsAskedFor = new AtomicInteger();
        ReturnUploadedPriming priming = new ReturnUploadedPriming(
                sdk::dynamoDb, sdk::s3, snsClientsAskedFor::incrementAndGet, "the-table", "the-returns-bucket");
        // WHEN Lambda calls the hook before the snapshot (and after the restore)
        priming.beforeCheckpoint(Core.getGlobalContext());
        priming.afterRestore(Core.getGlobalContext());
        // THEN it completed (the in-memory rehearsal included) having asked for two reads of keys that
        // cannot exist, and no write: no PutItem, UpdateItem, BatchWriteItem, PutObject or Publish
        assertEquals(List.of("DynamoDb.GetItem", "S3.HeadObject"), sdk.calls);
        GetItemRequest get = (GetItemRequest) sdk.requests.get(0);
        assertEquals("the-table", get.tableName());
        assertEquals(
                Map.of(
                        "pk", AttributeValue.builder().s("PRIME").build(),
                        "sk", AttributeValue.builder().s("PRIME").build()),
                get.key());
        HeadObjectRequest head = (HeadObjectRequest) sdk.requests.get(1);
        assertEquals("the-returns-bucket", head.bucket());
        assertEquals("PRIME/PRIME", head.key());
        // AND the SNS client, which the handler builds only at its first rejection, is built for the snapshot
        assertEquals(1, snsClientsAskedFor.get());
    }

    @Test
    void registeringWithoutACracRuntimeDoesNothing() {
        // GIVEN no CRaC runtime (a plain JVM): the org.crac facade ignores the registration
        AwsClients aws = new AwsClients(Map.of("TABLE_NAME", "t", "RETURNS_BUCKET", "b"));
        ReturnUploadedPriming.register(aws);
        // THEN nothing ran: a checkpoint cannot even be asked for
        assertTrue(isUnsupported(() -> Core.checkpointRestore()));
    }

    private interface Checkpoint {
        void run() throws Exception;
    }

    private static boolean isUnsupported(Checkpoint checkpoint) {
        try {
            checkpoint.run();
            return false;
        } catch (UnsupportedOperationException e) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
