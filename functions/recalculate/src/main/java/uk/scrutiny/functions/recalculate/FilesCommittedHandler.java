package uk.scrutiny.functions.recalculate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.scrutiny.aws.JsonLogging;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.rating.Summary;

/**
 * The table's stream, filtered to committed files and batched: one recalculation per batch, so a
 * burst of uploads is published once. It republishes the indicators the batch's returns changed
 * (the ledger item carries their codes) and the summary; a committed catalogue or targets file
 * carries none, and then everything is republished.
 */
public class FilesCommittedHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final Logger LOG = Logger.getLogger(FilesCommittedHandler.class.getName());

    static {
        JsonLogging.install();
    }

    private final Recalculation recalculation;
    private final Clock clock;
    private final PublishMetrics metrics;

    /** Used by Lambda. */
    public FilesCommittedHandler() {
        this(FromEnvironment.recalculation(), Clock.systemUTC(), FromEnvironment.metrics());
    }

    /** Without metrics. */
    public FilesCommittedHandler(Recalculation recalculation, Clock clock) {
        this(recalculation, clock, PublishMetrics.NONE);
    }

    FilesCommittedHandler(Recalculation recalculation, Clock clock, PublishMetrics metrics) {
        this.recalculation = recalculation;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        JsonLogging.requestId(context == null ? null : context.getAwsRequestId());
        List<DynamodbStreamRecord> records =
                event == null || event.getRecords() == null ? List.of() : event.getRecords();
        if (records.isEmpty()) {
            return new StreamsEventResponse(new ArrayList<>());
        }
        long start = System.nanoTime();
        try {
            Set<String> changed = changedIndicators(records);
            Summary summary = recalculation.run(asOf(records), changed);
            metrics.published(summary, changed, Duration.ofNanos(System.nanoTime() - start));
            return new StreamsEventResponse(new ArrayList<>());
        } catch (RuntimeException e) {
            // One publish covers the whole batch, so the whole batch failed: naming its first record
            // makes Lambda retry from there, then send it to the failure queue after the retries.
            LOG.log(Level.SEVERE, "Recalculation failed; the batch will be retried", e);
            metrics.failed(Duration.ofNanos(System.nanoTime() - start));
            List<BatchItemFailure> failures = new ArrayList<>();
            failures.add(new BatchItemFailure(records.get(0).getDynamodb().getSequenceNumber()));
            return new StreamsEventResponse(failures);
        }
    }

    /** The indicators to republish; empty (everything) when any committed file carries no codes. */
    static Set<String> changedIndicators(List<DynamodbStreamRecord> records) {
        Set<String> changed = new TreeSet<>();
        for (DynamodbStreamRecord record : records) {
            Map<String, AttributeValue> image =
                    record.getDynamodb() == null ? null : record.getDynamodb().getNewImage();
            AttributeValue codes = image == null ? null : image.get("indicators");
            if (codes == null || codes.getSS() == null || codes.getSS().isEmpty()) {
                return Set.of();
            }
            changed.addAll(codes.getSS());
        }
        return changed;
    }

    /** The date of the newest commit in the batch, in London: the time comes from the event, not the container. */
    LocalDate asOf(List<DynamodbStreamRecord> records) {
        Date newest = null;
        for (DynamodbStreamRecord record : records) {
            Date created =
                    record.getDynamodb() == null ? null : record.getDynamodb().getApproximateCreationDateTime();
            if (created != null && (newest == null || created.after(newest))) {
                newest = created;
            }
        }
        return newest == null
                ? LocalDate.now(clock.withZone(NightlyRecalculationHandler.LONDON))
                : newest.toInstant().atZone(NightlyRecalculationHandler.LONDON).toLocalDate();
    }
}
