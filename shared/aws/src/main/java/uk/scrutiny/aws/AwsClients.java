package uk.scrutiny.aws;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Builds the SDK clients once per container, with an explicit region, the JDK's URL-connection
 * HTTP client (no Apache or Netty on the class path: a smaller jar and a faster cold start), and
 * the endpoint overrides that local runs set ({@code AWS_ENDPOINT_URL_S3},
 * {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL_SNS}). Every client shares one HTTP client.
 * Each client is built on first use and the same one is handed out after, so a SnapStart priming
 * hook warms the very clients the handler uses.
 */
public final class AwsClients {
    private final Map<String, String> env;
    private SdkHttpClient http;
    private SnsClient sns;
    private S3Client s3;
    private DynamoDbClient dynamoDb;

    public AwsClients(Map<String, String> env) {
        this.env = env;
    }

    public static AwsClients fromEnvironment() {
        return new AwsClients(System.getenv());
    }

    public Region region() {
        return Region.of(Optional.ofNullable(env.get("AWS_REGION")).orElse("eu-west-2"));
    }

    private synchronized SdkHttpClient http() {
        if (http == null) {
            // The JDK keeps 5 idle connections per host unless told otherwise; the store has up to
            // WRITE_CONCURRENCY requests in flight, each of which would otherwise open a new TLS connection.
            if (System.getProperty("http.maxConnections") == null) {
                System.setProperty("http.maxConnections", "32");
            }
            http = UrlConnectionHttpClient.builder().build();
        }
        return http;
    }

    public synchronized SnsClient sns() {
        if (sns == null) {
            var builder = SnsClient.builder().region(region()).httpClient(http());
            endpoint("AWS_ENDPOINT_URL_SNS").ifPresent(builder::endpointOverride);
            sns = builder.build();
        }
        return sns;
    }

    public synchronized S3Client s3() {
        if (s3 == null) {
            var builder = S3Client.builder().region(region()).httpClient(http());
            endpoint("AWS_ENDPOINT_URL_S3")
                    .ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
            s3 = builder.build();
        }
        return s3;
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            var builder = DynamoDbClient.builder().region(region()).httpClient(http());
            endpoint("AWS_ENDPOINT_URL_DYNAMODB").ifPresent(builder::endpointOverride);
            dynamoDb = builder.build();
        }
        return dynamoDb;
    }

    private Optional<URI> endpoint(String name) {
        return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank()).map(URI::create);
    }

    public String required(String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set (see template.yaml)");
        }
        return value;
    }

    public String optional(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
