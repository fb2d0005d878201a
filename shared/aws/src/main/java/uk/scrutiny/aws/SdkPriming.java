package uk.scrutiny.aws;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SDK calls that read and write nothing, for SnapStart priming: each marshals, signs and sends one
 * request and reads its answer, so the client's request path, endpoint rules, signer, protocol and
 * HTTP client are loaded and run before the snapshot. Any failure (no network, no permission) is
 * logged and ignored: priming must never stop a function from starting.
 */
public final class SdkPriming {
    private static final Logger LOG = Logger.getLogger(SdkPriming.class.getName());
    /** Every item's pk is LEDGER, CONFIG, RECHECK or CATALOGUE#/TARGETS#/SERIES#... (TableLayout): none is this. */
    public static final String KEY = "PRIME";

    private SdkPriming() {}

    /** A GetItem of pk=PRIME, sk=PRIME: a key no item has, so it reads nothing (and it writes nothing). */
    public static void dynamoDb(DynamoDbClient dynamo, String table) {
        try {
            dynamo.getItem(b -> b.tableName(table)
                    .key(Map.of(
                            TableLayout.PK,
                            AttributeValue.builder().s(KEY).build(),
                            TableLayout.SK,
                            AttributeValue.builder().s(KEY).build())));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Priming DynamoDB: " + e, e);
        }
    }

    /**
     * A HeadObject of {@code PRIME/PRIME}, a key nothing writes (uploads are under returns/ and
     * config/, reports under reports/, published files under data/): it reads nothing, answered 404
     * where the role may read the bucket and 403 where it may only write, and writes nothing.
     */
    public static void s3(S3Client s3, String bucket) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(KEY + "/" + KEY));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Priming S3: " + e, e);
        }
    }

    /**
     * Runs one priming step; one that fails is logged and skipped: priming must never stop the
     * function from being published.
     */
    public static void step(String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Priming " + name + " failed; the snapshot is taken without it", e);
        }
    }
}
