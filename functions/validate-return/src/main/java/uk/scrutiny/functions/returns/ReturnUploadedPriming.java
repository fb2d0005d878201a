package uk.scrutiny.functions.returns;

import java.util.function.Supplier;
import java.util.logging.Logger;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import uk.scrutiny.aws.AwsClients;
import uk.scrutiny.aws.SdkPriming;
import uk.scrutiny.returns.UploadRehearsal;

/**
 * SnapStart priming of the upload function, in AWS's documented pattern: a CRaC resource whose
 * {@code beforeCheckpoint} runs once the function is initialized, before Lambda snapshots it, so
 * the code that every cold start would otherwise load and run for the first time is already in
 * the snapshot. It rehearses the upload path in memory ({@link UploadRehearsal}: FastCSV, every
 * validator, the reports' JSON, the rejection notice), sends one DynamoDB GetItem and one S3
 * HeadObject that read and write nothing ({@link SdkPriming}), and builds the SNS client, which
 * the handler otherwise builds at its first rejection. It stores, reports and sends nothing.
 * Without a CRaC runtime (locally, in tests) registering does nothing and this never runs.
 */
final class ReturnUploadedPriming implements Resource {
    private static final Logger LOG = Logger.getLogger(ReturnUploadedPriming.class.getName());
    /** The CRaC context holds what is registered weakly: this keeps it. */
    private static ReturnUploadedPriming registered;

    private final Supplier<DynamoDbClient> dynamo;
    private final Supplier<S3Client> s3;
    private final Supplier<?> sns;
    private final String table;
    private final String bucket;

    ReturnUploadedPriming(
            Supplier<DynamoDbClient> dynamo, Supplier<S3Client> s3, Supplier<?> sns, String table, String bucket) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.sns = sns;
        this.table = table;
        this.bucket = bucket;
    }

    /** Registers the priming of the clients the handler was built with (called once, from its no-arg path). */
    static synchronized void register(AwsClients aws) {
        Supplier<?> sns = aws.optional("NOTICES_TOPIC_ARN", "").isEmpty() ? () -> null : aws::sns;
        registered = new ReturnUploadedPriming(
                aws::dynamoDb, aws::s3, sns, aws.required("TABLE_NAME"), aws.required("RETURNS_BUCKET"));
        Core.getGlobalContext().register(registered);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        SdkPriming.step("the upload path, in memory", () -> UploadRehearsal.run());
        SdkPriming.step("DynamoDB", () -> SdkPriming.dynamoDb(dynamo.get(), table));
        SdkPriming.step("S3", () -> SdkPriming.s3(s3.get(), bucket));
        SdkPriming.step("the SNS client", () -> sns.get());
        LOG.info(() -> "Primed before the snapshot in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to redo: the clients open new connections as they need them.
    }
}
