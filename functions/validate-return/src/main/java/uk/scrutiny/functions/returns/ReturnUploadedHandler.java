package uk.scrutiny.functions.returns;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import uk.scrutiny.aws.AwsClients;
import uk.scrutiny.aws.AwsFailures;
import uk.scrutiny.aws.DynamoPerformanceStore;
import uk.scrutiny.aws.JsonLogging;
import uk.scrutiny.aws.S3ReturnsBucket;
import uk.scrutiny.aws.SnsNotices;
import uk.scrutiny.returns.Notices;
import uk.scrutiny.returns.Report;
import uk.scrutiny.returns.Upload;
import uk.scrutiny.returns.UploadProcessor;
import uk.scrutiny.returns.UploadService;

/**
 * Triggered by S3 when a provider uploads a return, the catalogue or the targets: hands every
 * record of the event to the {@link UploadService}. A failure throws, so Lambda retries the
 * event; the ledger makes the retry finish the job rather than repeat it.
 */
public class ReturnUploadedHandler implements RequestHandler<S3Event, Void> {
    static {
        JsonLogging.install();
    }

    private final UploadService uploads;
    private final UploadMetrics metrics;

    /** Used by Lambda: clients are built once per container, from the environment template.yaml sets. */
    public ReturnUploadedHandler() {
        this(
                fromEnvironment(AwsClients.fromEnvironment()),
                new UploadMetrics(MetricsFactory.getMetricsInstance(), Clock.systemUTC()));
    }

    /** Without metrics. */
    public ReturnUploadedHandler(UploadService uploads) {
        this(uploads, UploadMetrics.NONE);
    }

    ReturnUploadedHandler(UploadService uploads, UploadMetrics metrics) {
        this.uploads = uploads;
        this.metrics = metrics;
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
        JsonLogging.requestId(context == null ? null : context.getAwsRequestId());
        List<Report> reports = new ArrayList<>();
        try {
            for (S3EventNotificationRecord record : event.getRecords()) {
                reports.add(uploads.process(upload(record)));
            }
        } finally {
            // What was done before a failure counts: the retry finds those files done and skips them.
            metrics.emit(reports);
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
                object.getSequencer(),
                // Who uploaded it, as S3 recorded it: kept on the ledger item and in the report.
                record.getUserIdentity() == null
                        ? null
                        : record.getUserIdentity().getPrincipalId());
    }
}
