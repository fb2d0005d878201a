package uk.scrutiny.aws;

import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import uk.scrutiny.returns.ReturnsBucket;
import uk.scrutiny.returns.Upload;
import uk.scrutiny.returns.UploadSupersededException;
import uk.scrutiny.validation.Printable;

/** The returns bucket in S3. Uploads are only ever read; the system writes under reports/ only. */
public final class S3ReturnsBucket implements ReturnsBucket {
    private final S3Client s3;
    private final String name;

    public S3ReturnsBucket(S3Client s3, String name) {
        this.s3 = s3;
        this.name = name;
    }

    @Override
    public InputStream open(Upload upload) {
        GetObjectRequest.Builder request =
                GetObjectRequest.builder().bucket(upload.bucket()).key(upload.key());
        if (upload.versionId() != null && !upload.versionId().isEmpty()) {
            request.versionId(upload.versionId());
        } else if (upload.eTag() != null && !upload.eTag().isEmpty()) {
            // Without versioning, If-Match makes sure we read the bytes this event is about, not a newer upload.
            request.ifMatch(quoted(upload.eTag()));
        }
        try {
            return s3.getObject(request.build());
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 404) {
                throw new UploadSupersededException(
                        "The object " + Printable.escaped(upload.key()) + " no longer has eTag " + upload.eTag()
                                + ": a newer upload replaced it",
                        e);
            }
            throw e;
        }
    }

    private static String quoted(String eTag) {
        return eTag.startsWith("\"") ? eTag : "\"" + eTag + "\"";
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(name).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<byte[]> readReport(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(name).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void putReport(String key, byte[] json) {
        s3.putObject(b -> b.bucket(name).key(key).contentType("application/json"), RequestBody.fromBytes(json));
    }
}
