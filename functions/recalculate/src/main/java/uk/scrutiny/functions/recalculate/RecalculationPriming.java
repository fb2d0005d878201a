package uk.scrutiny.functions.recalculate;

import java.util.function.Supplier;
import java.util.logging.Logger;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import uk.scrutiny.aws.AwsClients;
import uk.scrutiny.aws.SdkPriming;
import uk.scrutiny.publish.RecalculationRehearsal;

/**
 * SnapStart priming of both recalculation functions, in AWS's documented pattern: a CRaC resource
 * whose {@code beforeCheckpoint} runs once the function is initialized, before Lambda snapshots it.
 * It rehearses a recalculation in memory ({@link RecalculationRehearsal}: rating, confidence
 * intervals, roll-ups, the summary's and indicators' JSON, the overdue reminders, composed and sent
 * nowhere) and sends one DynamoDB GetItem and one S3 HeadObject that read and write nothing
 * ({@link SdkPriming}). It publishes and sends nothing. Without a CRaC runtime (locally, in tests)
 * registering does nothing and this never runs.
 */
final class RecalculationPriming implements Resource {
    private static final Logger LOG = Logger.getLogger(RecalculationPriming.class.getName());
    /** The CRaC context holds what is registered weakly: this keeps it. */
    private static RecalculationPriming registered;

    private final Supplier<DynamoDbClient> dynamo;
    private final Supplier<S3Client> s3;
    private final String table;
    private final String bucket;

    RecalculationPriming(Supplier<DynamoDbClient> dynamo, Supplier<S3Client> s3, String table, String bucket) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.table = table;
        this.bucket = bucket;
    }

    /** Registers the priming of the clients the handlers are built with (once per container). */
    static synchronized void register(AwsClients aws) {
        if (registered == null) {
            registered = new RecalculationPriming(
                    aws::dynamoDb, aws::s3, aws.required("TABLE_NAME"), aws.required("SITE_BUCKET"));
            Core.getGlobalContext().register(registered);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        SdkPriming.step("a recalculation, in memory", () -> RecalculationRehearsal.run());
        SdkPriming.step("DynamoDB", () -> SdkPriming.dynamoDb(dynamo.get(), table));
        SdkPriming.step("S3", () -> SdkPriming.s3(s3.get(), bucket));
        LOG.info(() -> "Primed before the snapshot in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to redo: the clients open new connections as they need them.
    }
}
