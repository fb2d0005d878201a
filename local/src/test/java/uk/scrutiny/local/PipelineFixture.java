package uk.scrutiny.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import uk.scrutiny.aws.DynamoPerformanceStore;
import uk.scrutiny.aws.S3ReturnsBucket;
import uk.scrutiny.aws.TableLayout;
import uk.scrutiny.functions.returns.ReturnUploadedHandler;
import uk.scrutiny.returns.ReportedValue;
import uk.scrutiny.returns.ReturnStore;
import uk.scrutiny.returns.UploadProcessor;

/** A fresh versioned returns bucket and table per test, on whichever endpoints {@link #aws()} gives, and the real handler. */
abstract class PipelineFixture {
    static final String CATALOGUE = """
            code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers
            NEET,Young people not in education employment or training (16-18),P04,Increase numbers participating and engaging,All children and young people do well at all levels of learning and have the skills for life,lower,percent,quarterly,45,careers-service
            CLA-RATE,Children looked after per 10000 children,P01,Help children to live in safe and supportive families,All children and young people are safe from harm,lower,per 10000,quarterly,45,social-care
            """;
    static final String NEET_Q2 = """
            indicator_code,period,area_code,value,numerator,denominator,note
            NEET,2025/26 Q2,E08000035,,1710,19650,
            NEET,2025/26 Q2,E92000001,5.4,,,England
            CLA-RATE,2025/26 Q2,E08000035,74.9,,,
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicLong sequencer = new AtomicLong(0x10);
    Aws aws;
    String bucket;
    String table;
    DynamoPerformanceStore store;

    abstract Aws aws();

    @BeforeEach
    void freshBucketAndTable() {
        aws = aws();
        String id = UUID.randomUUID().toString().substring(0, 8);
        bucket = "returns-" + id;
        table = "performance-" + id;
        aws.s3().createBucket(b -> b.bucket(bucket));
        aws.s3()
                .putBucketVersioning(
                        b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        TableLayout.create(aws.dynamo(), table);
        store = new DynamoPerformanceStore(aws.dynamo(), table, Clock.systemUTC());
    }

    ReturnUploadedHandler handler(ReturnStore withStore) {
        return new ReturnUploadedHandler(new UploadProcessor(
                new S3ReturnsBucket(aws.s3(), bucket), withStore, UploadProcessor.DEFAULT_MAX_BYTES));
    }

    /** Puts the object and returns the event S3 would send for it, at the given time. */
    S3Event put(String key, String content, Instant eventTime) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        PutObjectResponse put = aws.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
        String json = S3EventJson.objectCreated(
                "test",
                bucket,
                key,
                bytes.length,
                put.eTag().replace("\"", ""),
                put.versionId(),
                String.format("%018X", sequencer.incrementAndGet()),
                eventTime);
        return event(json);
    }

    static S3Event event(String json) {
        return LambdaEventSerializers.serializerFor(S3Event.class, PipelineFixture.class.getClassLoader())
                .fromJson(json);
    }

    S3Event put(String key, String content) {
        return put(key, content, Instant.now());
    }

    JsonNode report(String key) throws IOException {
        try (InputStream in = aws.s3().getObject(b -> b.bucket(bucket).key(key))) {
            return JSON.readTree(in);
        }
    }

    long seriesItems() {
        return aws.dynamo().scanPaginator(b -> b.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("SERIES#"))
                .count();
    }

    long currentItems() {
        return aws.dynamo().scanPaginator(b -> b.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("CURRENT#"))
                .count();
    }

    ReportedValue current(String indicator, String area) {
        return store
                .currentValues(store.catalogue().find(indicator).stream().toList(), PipelineFixture::unreadable)
                .stream()
                .filter(v -> v.areaCode().equals(area))
                .findFirst()
                .orElse(null);
    }

    void loadCatalogue() {
        handler(store).handleRequest(put("config/indicators.csv", CATALOGUE), null);
    }

    /** In these tests every stored figure must be readable. */
    static void unreadable(uk.scrutiny.catalogue.Indicator indicator, RuntimeException e) {
        throw new AssertionError("Stored figures of " + indicator.code() + " could not be read", e);
    }
}
