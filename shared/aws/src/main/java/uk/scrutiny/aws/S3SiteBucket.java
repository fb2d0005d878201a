package uk.scrutiny.aws;

import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import uk.scrutiny.publish.SiteBucket;

/** The site bucket in S3, behind CloudFront. */
public final class S3SiteBucket implements SiteBucket {
    private final S3Client s3;
    private final String name;

    public S3SiteBucket(S3Client s3, String name) {
        this.s3 = s3;
        this.name = name;
    }

    @Override
    public void put(String key, byte[] body, String contentType, String cacheControl) {
        s3.putObject(
                b -> b.bucket(name).key(key).contentType(contentType).cacheControl(cacheControl),
                RequestBody.fromBytes(body));
    }

    @Override
    public Set<String> keys(String prefix) {
        Set<String> keys = new TreeSet<>();
        s3.listObjectsV2Paginator(b -> b.bucket(name).prefix(prefix)).contents().forEach(o -> keys.add(o.key()));
        return keys;
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(name).key(key));
    }
}
