package uk.scrutiny.functions.returns;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import java.time.Clock;
import java.time.Instant;
import uk.scrutiny.aws.AwsClients;
import uk.scrutiny.aws.AwsFailures;
import uk.scrutiny.aws.DynamoPerformanceStore;
import uk.scrutiny.aws.S3ReturnsBucket;
import uk.scrutiny.aws.SnsNotices;
import uk.scrutiny.returns.Notices;
import uk.scrutiny.returns.Upload;
import uk.scrutiny.returns.UploadProcessor;
import uk.scrutiny.returns.UploadService;

/**
 * Triggered by S3 when a provider uploads a return, the catalogue or the targets: hands every
 * record of the event to the {@link UploadService}. A failure throws, so Lambda retries the
 * event; the ledger makes the retry finish the job rather than repeat it.
 */
public class ReturnUploadedHandler implements RequestHandler<S3Event, Void> {
    private final UploadService uploads;

    /** Used by Lambda: clients are built once per container, from the environment template.yaml sets. */
    public ReturnUploadedHandler() {
        this(fromEnvironment(AwsClients.fromEnvironment()));
    }

    public ReturnUploadedHandler(UploadService uploads) {
        this.uploads = uploads;
    }

    private static UploadProcessor fromEnvironment(AwsClients aws) {
        // SnapStart: warm these clients and the validation code before the snapshot (nothing happens without CRaC).
        ReturnUploadedPriming.register(aws);
        return new UploadProcessor(
                new S3ReturnsBucket(aws.s3(), aws.required("RETURNS_BUCKET")),
                new DynamoPerformanceStore(aws.dynamoDb(), aws.required("TABLE_NAME"), Clock.systemUTC()),
                Long.parseLong(aws.optional("MAX_RETURN_BYTES", Long.toString(UploadProcessor.DEFAULT_MAX_BYTES))),
                Clock.systemUTC(),
                AwsFailures::isTransient,
                notices(aws));
    }

    /** The providers' notices topic; none when the template sets no topic. */
    private static Notices notices(AwsClients aws) {
        String topic = aws.optional("NOTICES_TOPIC_ARN", "");
        // The SNS client is built at the first rejection, not in every cold start.
        return topic.isEmpty() ? Notices.NONE : new SnsNotices(aws::sns, topic);
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        for (S3EventNotificationRecord record : event.getRecords()) {
            uploads.process(upload(record));
        }
        return null;
    }

    static Upload upload(S3EventNotificationRecord record) {
        S3ObjectEntity object = record.getS3().getObject();
        Long size = object.getSizeAsLong();
        return new Upload(
                record.getS3().getBucket().getName(),
                object.getUrlDecodedKey(),
                // Unversioned buckets send no versionId; the runtime's deserializer makes that "".
                object.getVersionId() == null || object.getVersionId().isEmpty() ? null : object.getVersionId(),
                object.geteTag(),
                size == null ? 0 : size,
                record.getEventTime() == null
                        ? Instant.EPOCH
                        : Instant.ofEpochMilli(record.getEventTime().getMillis()),
                object.getSequencer());
    }
}
