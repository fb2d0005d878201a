package uk.scrutiny.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import uk.scrutiny.aws.TableLayout;

/**
 * The deployed stack, on this machine: the buckets and table that template.yaml declares, in the
 * emulators; each function in its own JVM with the template's environment; and S3 notifications
 * made from the template's filters whenever an object arrives.
 */
public final class LocalCloud implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalCloud.class.getName());
    public static final String STACK = "council-performance";
    public static final String RETURNS_BUCKET = "ReturnsBucket";
    public static final String SITE_BUCKET = "SiteBucket";

    private final Template template;
    private final S3Emulator s3Emulator;
    private final DynamoEmulator dynamoEmulator;
    /** Where every client reaches the table: the emulator, or a proxy that adds a round trip's latency. */
    private final URI dynamoEndpoint;

    private final LatencyProxy latency;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final Map<String, FunctionProcess> processes = new LinkedHashMap<>();
    private final List<Template.Function> functions;
    private final AtomicLong sequencer = new AtomicLong(0x1000000000000000L);
    private final Clock clock;
    private final SnsEmulator snsEmulator;
    private final List<ObjectNode> notices = Collections.synchronizedList(new ArrayList<>());
    private volatile Consumer<ObjectNode> noticeListener = notice -> {};
    private TableStream stream;

    private LocalCloud(
            Template template,
            S3Emulator s3Emulator,
            DynamoEmulator dynamoEmulator,
            Clock clock,
            Duration dynamoLatency) {
        this.template = template;
        this.clock = clock;
        this.snsEmulator = SnsEmulator.start(notice -> {
            notices.add(notice);
            noticeListener.accept(notice);
        });
        this.s3Emulator = s3Emulator;
        this.dynamoEmulator = dynamoEmulator;
        this.latency = dynamoLatency.isZero() ? null : LatencyProxy.start(dynamoEmulator.endpoint(), dynamoLatency);
        this.dynamoEndpoint = latency == null ? dynamoEmulator.endpoint() : latency.endpoint();
        this.s3 = s3Client(s3Emulator.endpoint());
        this.dynamo = dynamoClient(dynamoEndpoint);
        this.functions = template.functions();
        this.stream =
                new TableStream(this, template.tables().values().iterator().next());
    }

    /**
     * Starts the emulators, creates every bucket and table in the template, and starts every
     * function. Function logs go to {@code logDir} (one file each) or, when null, to this console.
     * The clock stamps what AWS would stamp: S3 event times, stream records, scheduled times.
     */
    public static LocalCloud start(Path projectRoot, int s3Port, Path logDir, Clock clock) {
        return start(projectRoot, s3Port, logDir, clock, Duration.ZERO);
    }

    /**
     * As {@link #start(Path, int, Path, Clock)}, with every DynamoDB request, the functions' and this
     * process's, held back by {@code dynamoLatency}: a model of the round trip to the real service,
     * for benchmarks.
     */
    public static LocalCloud start(Path projectRoot, int s3Port, Path logDir, Clock clock, Duration dynamoLatency) {
        Template template;
        try {
            template = Template.read(projectRoot.resolve("template.yaml"), STACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        S3Emulator s3 = S3Emulator.start(s3Port);
        DynamoEmulator dynamo;
        try {
            dynamo = DynamoEmulator.start();
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
        LocalCloud cloud = new LocalCloud(template, s3, dynamo, clock, dynamoLatency);
        try {
            cloud.createResources();
            cloud.startFunctions(projectRoot, logDir);
        } catch (RuntimeException e) {
            cloud.close();
            throw e;
        }
        return cloud;
    }

    static S3Client s3Client(URI endpoint) {
        return S3Client.builder()
                .region(Region.EU_WEST_2)
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.builder().build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    static DynamoDbClient dynamoClient(URI endpoint) {
        return DynamoDbClient.builder()
                .region(Region.EU_WEST_2)
                .endpointOverride(endpoint)
                .httpClient(UrlConnectionHttpClient.builder().build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private void createResources() {
        template.buckets().forEach((id, name) -> {
            s3.createBucket(b -> b.bucket(name));
            if (template.isVersioned(id)) {
                s3.putBucketVersioning(
                        b -> b.bucket(name).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            }
        });
        template.tables().values().forEach(name -> TableLayout.create(dynamo, name));
    }

    private void startFunctions(Path projectRoot, Path logDir) {
        for (Template.Function function : functions) {
            Map<String, String> env = environment(function);
            env.remove("JAVA_TOOL_OPTIONS");
            Path log = logDir == null ? null : logDir.resolve(function.logicalId() + ".log");
            processes.put(function.logicalId(), FunctionProcess.start(function, projectRoot, env, log));
        }
    }

    /**
     * A function's environment here: the template's (JAVA_TOOL_OPTIONS included), a region, any
     * credentials, and the emulators' endpoints.
     */
    Map<String, String> environment(Template.Function function) {
        Map<String, String> env = new HashMap<>(function.environment());
        env.put("AWS_REGION", "eu-west-2");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_ENDPOINT_URL_S3", s3Emulator.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString());
        env.put("AWS_ENDPOINT_URL_SNS", snsEmulator.endpoint().toString());
        return env;
    }

    public String bucket(String logicalId) {
        return template.buckets().get(logicalId);
    }

    public String table() {
        return template.tables().values().iterator().next();
    }

    public S3Client s3() {
        return s3;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public URI s3Endpoint() {
        return s3Emulator.endpoint();
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public Template template() {
        return template;
    }

    /** Uploads an object as a provider would, then delivers its S3 notifications and waits for them. */
    public List<Delivery> upload(String bucket, String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
        return notifyCreated(bucket, key);
    }

    /** What one function made of one notification. */
    public record Delivery(String function, String trigger, String error, int attempts) {
        public boolean succeeded() {
            return error == null;
        }
    }

    /**
     * Sends the S3 notification for an object that is now in the bucket to every function whose
     * trigger matches it, retrying a failed invocation twice as Lambda does for async events.
     */
    public List<Delivery> notifyCreated(String bucket, String key) {
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
        String seq = String.format("%016X", sequencer.incrementAndGet());
        String eTag = head.eTag() == null ? "" : head.eTag().replace("\"", "");
        String event = null;
        List<Delivery> deliveries = new ArrayList<>();
        for (Template.Function function : functions) {
            for (Template.S3Trigger trigger : function.s3Triggers()) {
                if (!trigger.matches(bucket, key)) {
                    continue;
                }
                if (event == null) {
                    event = S3EventJson.objectCreated(
                            trigger.name(),
                            bucket,
                            key,
                            head.contentLength(),
                            eTag,
                            head.versionId(),
                            seq,
                            clock.instant());
                }
                deliveries.add(invoke(function.logicalId(), trigger.name(), event));
            }
        }
        return deliveries;
    }

    /** Invokes a function with an event, retrying twice on failure. */
    public Delivery invoke(String function, String trigger, String event) {
        FunctionProcess process = processes.get(function);
        String error = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            error = process.invoke(event);
            if (error == null) {
                return new Delivery(function, trigger, null, attempt);
            }
            LOG.warning(function + " failed (attempt " + attempt + " of 3): " + error);
        }
        return new Delivery(function, trigger, error, 3);
    }

    /**
     * Passes what the table's stream has seen since the last call to the functions that listen,
     * once their batching window has passed ({@code force}: now). Returns those deliveries.
     */
    public List<Delivery> streamTick(boolean force) {
        stream.collect();
        return stream.flush(force);
    }

    /** Every notice the functions published to SNS so far, in order: provider, subject, message, topicArn. */
    public List<ObjectNode> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    /** Also hands each notice, as it is published, to a listener (the console, for {@code up}). */
    public void onNotice(Consumer<ObjectNode> listener) {
        this.noticeListener = listener;
    }

    /** The runner's clock: real time, moved to the day given with --now. */
    public Clock clock() {
        return clock;
    }

    public List<Template.Function> functions() {
        return functions;
    }

    /** Every key in a bucket with its eTag. */
    public Map<String, String> list(String bucket) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
            keys.put(o.key(), o.eTag());
        }
        return keys;
    }

    /** Copies a bucket's objects into a folder at the same relative paths. */
    public void copyBucket(String bucket, Path dir) {
        for (String key : list(bucket).keySet()) {
            Path target = dir.resolve(key).normalize();
            if (!target.startsWith(dir)) {
                continue;
            }
            try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key))) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        processes.values().forEach(FunctionProcess::close);
        snsEmulator.close();
        dynamo.close();
        s3.close();
        if (latency != null) {
            latency.close();
        }
        dynamoEmulator.close();
        s3Emulator.close();
    }
}
