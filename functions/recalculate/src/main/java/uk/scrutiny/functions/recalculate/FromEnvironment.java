package uk.scrutiny.functions.recalculate;

import java.time.Clock;
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
}
