package uk.scrutiny.functions.recalculate;

import java.time.Clock;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import uk.scrutiny.aws.AwsClients;
import uk.scrutiny.aws.DynamoPerformanceStore;
import uk.scrutiny.aws.S3SiteBucket;
import uk.scrutiny.publish.Recalculation;

/** The recalculation as template.yaml configures it, built once per container. */
final class FromEnvironment {
    private FromEnvironment() {}

    static Recalculation recalculation() {
        AwsClients aws = AwsClients.fromEnvironment();
        return new Recalculation(
                new DynamoPerformanceStore(aws.dynamoDb(), aws.required("TABLE_NAME"), Clock.systemUTC()),
                new S3SiteBucket(aws.s3(), aws.required("SITE_BUCKET")),
                aws.required("HOME_AREA"),
                aws.required("BENCHMARK_AREA"),
                Clock.systemUTC());
    }

    /** The metrics Powertools configures from POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME. */
    static PublishMetrics metrics() {
        return new PublishMetrics(MetricsFactory.getMetricsInstance(), Clock.systemUTC());
    }
}
