package uk.scrutiny.functions.recalculate;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import uk.scrutiny.rating.Summary;

/**
 * What a recalculation came to, as CloudWatch metrics: one Embedded Metric Format line (Powertools)
 * per invocation, in the namespace and with the Service dimension template.yaml sets. The staleness
 * alarm reads {@value #PUBLISHED}: no publish in 26 hours, or no data at all, is an alarm. Metrics
 * never fail a publish: a problem emitting them is logged and the invocation goes on.
 */
public final class PublishMetrics {
    /** 1 for each successful publish; the staleness alarm reads it. */
    public static final String PUBLISHED = "Published";

    static final String INDICATORS_PUBLISHED = "IndicatorsPublished";
    static final String PUBLISH_DURATION = "PublishDuration";
    /** 1 for each publish that failed (the stream handler reports the batch for a retry instead of throwing). */
    static final String PUBLISH_FAILED = "PublishFailed";

    /** For callers that do not look at metrics (tests of other things). */
    static final PublishMetrics NONE = new PublishMetrics(null, Clock.systemUTC());

    private static final Logger LOG = Logger.getLogger(PublishMetrics.class.getName());

    private final Metrics metrics;
    private final Clock clock;

    PublishMetrics(Metrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A publish of the summary and the indicator files in {@code changed} (empty: every indicator). */
    void published(Summary summary, Set<String> changed, Duration took) {
        long indicators = summary.indicators().stream()
                .filter(r -> changed.isEmpty() || changed.contains(r.indicator().code()))
                .count();
        emit(1, 0, indicators, took);
    }

    void failed(Duration took) {
        emit(0, 1, 0, took);
    }

    private void emit(long published, long failed, long indicators, Duration took) {
        if (metrics == null) {
            return;
        }
        try {
            metrics.addMetric(PUBLISHED, published, MetricUnit.COUNT);
            metrics.addMetric(PUBLISH_FAILED, failed, MetricUnit.COUNT);
            metrics.addMetric(INDICATORS_PUBLISHED, indicators, MetricUnit.COUNT);
            metrics.addMetric(PUBLISH_DURATION, took.toMillis(), MetricUnit.MILLISECONDS);
            // The EMF context's time is when it was created (the last flush, or the snapshot SnapStart
            // restored): stamp the metrics with now, or a nightly run would be filed under the night before.
            metrics.setTimestamp(clock.instant());
            metrics.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not emit the publish metrics", e);
        }
    }
}
