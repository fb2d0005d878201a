package uk.scrutiny.returns;

/**
 * The version an event names is no longer in the bucket (an unversioned bucket, overwritten by a
 * newer upload before this event was processed). The newer upload's own event carries its content.
 */
public class UploadSupersededException extends RuntimeException {
    public UploadSupersededException(String message, Throwable cause) {
        super(message, cause);
    }
}
