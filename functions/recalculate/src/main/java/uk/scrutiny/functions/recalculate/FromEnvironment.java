package uk.scrutiny.functions.recalculate;

import java.time.Clock;
import uk.scrutiny.aws.AwsClients;
import uk.scrutiny.aws.DynamoPerformanceStore;
import uk.scrutiny.aws.S3SiteBucket;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.rating.Disclosure;

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
                suppressionThreshold(aws.optional("SUPPRESSION_THRESHOLD", null)),
                Clock.systemUTC());
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
