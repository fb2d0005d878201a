package uk.scrutiny.aws;

import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Which failures are worth retrying: throttling, the network and a service's own errors, nothing else. */
public final class AwsFailures {
    private AwsFailures() {}

    public static boolean isTransient(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException service) {
                return service.isThrottlingException() || service.statusCode() >= 500;
            }
            if (t instanceof SdkClientException || t instanceof UncheckedIOException) {
                return true; // the network, a timeout, a dropped stream
            }
            if (t instanceof SdkException sdk && sdk.retryable()) {
                return true;
            }
        }
        return false;
    }
}
