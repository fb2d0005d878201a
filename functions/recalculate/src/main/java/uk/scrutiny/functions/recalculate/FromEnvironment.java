package uk.scrutiny.functions.recalculate;

import java.time.Clock;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import uk.scrutiny.aws.AwsClients;
import uk.scrutiny.aws.DynamoPerformanceStore;
import uk.scrutiny.aws.S3SiteBucket;
import uk.scrutiny.aws.SnsNotices;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.rating.Disclosure;
import uk.scrutiny.returns.Notices;

/** The recalculation as template.yaml configures it, built once per container. */
final class FromEnvironment {
    private static final AwsClients AWS = AwsClients.fromEnvironment();

    /** Registered once, when a handler is first built from the environment (not by unit tests of this class). */
    private static final class Priming {
        static {
            // SnapStart: warm these clients and the rating code before the snapshot (nothing happens without CRaC).
            RecalculationPriming.register(AWS);
        }

        static void ensure() {}
    }

    private FromEnvironment() {}

    static Recalculation recalculation() {
        Priming.ensure();
        return new Recalculation(
                new DynamoPerformanceStore(AWS.dynamoDb(), AWS.required("TABLE_NAME"), Clock.systemUTC()),
                new S3SiteBucket(AWS.s3(), AWS.required("SITE_BUCKET")),
                AWS.required("HOME_AREA"),
                AWS.required("BENCHMARK_AREA"),
                suppressionThreshold(AWS.optional("SUPPRESSION_THRESHOLD", null)),
                Clock.systemUTC());
    }

    /** The providers' notices topic; none when the template sets no topic. */
    static Notices notices() {
        String topic = AWS.optional("NOTICES_TOPIC_ARN", "");
        return topic.isEmpty() ? Notices.NONE : new SnsNotices(AWS.sns(), topic);
    }

    /** The metrics Powertools configures from POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME. */
    static PublishMetrics metrics() {
        return new PublishMetrics(MetricsFactory.getMetricsInstance(), Clock.systemUTC());
    }

    /** SUPPRESSION_THRESHOLD (the template's SuppressionThreshold): a whole number, 1 or more; 5 when unset. */
    static int suppressionThreshold(String text) {
        if (text == null || text.isBlank()) {
            return Disclosure.DEFAULT_THRESHOLD;
        }
        try {
            int threshold = Integer.parseInt(text.trim());
            if (threshold >= 1) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException("SUPPRESSION_THRESHOLD is '" + text
                + "': it must be a whole number, 1 or more (see SuppressionThreshold in template.yaml)");
    }
}
