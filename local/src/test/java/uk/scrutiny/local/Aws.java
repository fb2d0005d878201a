package uk.scrutiny.local;

import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 and DynamoDB endpoints the scenarios run against: the emulators here, LocalStack where Docker runs. */
record Aws(URI s3Endpoint, URI dynamoEndpoint, S3Client s3, DynamoDbClient dynamo) {
    static Aws at(URI s3Endpoint, URI dynamoEndpoint) {
        return new Aws(
                s3Endpoint, dynamoEndpoint, LocalCloud.s3Client(s3Endpoint), LocalCloud.dynamoClient(dynamoEndpoint));
    }
}
