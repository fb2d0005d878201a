package uk.scrutiny.functions.returns;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import uk.scrutiny.returns.Report;

/**
 * What the uploads of one invocation came to, as CloudWatch metrics: one Embedded Metric Format
 * line (Powertools) with the namespace and Service dimension that template.yaml sets. Metrics never
 * fail an upload: a problem emitting them is logged and the invocation goes on.
 */
final class UploadMetrics {
    static final String ACCEPTED = "UploadsAccepted";
    static final String REJECTED = "UploadsRejected";
    static final String ROWS_STORED = "RowsStored";
    /** Every problem found in the rejected files (their reports' errorCount). */
    static final String PROBLEMS = "Problems";

    /** For callers that do not look at metrics (tests of other things). */
    static final UploadMetrics NONE = new UploadMetrics(null, Clock.systemUTC());

    private static final Logger LOG = Logger.getLogger(UploadMetrics.class.getName());

    private final Metrics metrics;
    private final Clock clock;

    UploadMetrics(Metrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Emits the invocation's totals; nothing when no upload was processed (a repeated or superseded event). */
    void emit(List<Report> reports) {
        List<Report> processed = reports.stream().filter(Objects::nonNull).toList();
        if (metrics == null || processed.isEmpty()) {
            return;
        }
        long accepted = processed.stream().filter(Report::accepted).count();
        long rows = processed.stream()
                .filter(Report::accepted)
                .mapToLong(Report::rowsAccepted)
                .sum();
        long problems = processed.stream()
                .filter(r -> !r.accepted())
                .mapToLong(Report::errorCount)
                .sum();
        try {
            metrics.addMetric(ACCEPTED, accepted, MetricUnit.COUNT);
            metrics.addMetric(REJECTED, processed.size() - accepted, MetricUnit.COUNT);
            metrics.addMetric(ROWS_STORED, rows, MetricUnit.COUNT);
            metrics.addMetric(PROBLEMS, problems, MetricUnit.COUNT);
            // The EMF context's time is when it was created (the last flush, or the snapshot SnapStart
            // restored): stamp the metrics with now, or CloudWatch files them under that old time.
            metrics.setTimestamp(clock.instant());
            metrics.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not emit the upload metrics", e);
        }
    }
}
