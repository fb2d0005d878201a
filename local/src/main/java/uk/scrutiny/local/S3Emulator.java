package uk.scrutiny.local;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3 endpoint in this JVM: S3Proxy with an in-memory blob store. Chosen over Adobe S3Mock
 * because the AWS CLI can upload to it (S3Mock's Tomcat answers "Expect: 100-continue" in a way
 * the CLI rejects) and it starts in about a second. Any credentials are accepted.
 */
public final class S3Emulator implements AutoCloseable {
    private final S3Proxy proxy;
    private final int port;

    private S3Emulator(S3Proxy proxy, int port) {
        this.proxy = proxy;
        this.port = port;
    }

    public static S3Emulator start(int port) {
        // See FunctionProcess: this JVM's own clients talk to S3Proxy too.
        System.setProperty("http.keepAlive", "false");
        int chosen = port == 0 ? DynamoEmulator.freePort() : port;
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + chosen))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .ignoreUnknownHeaders(true)
                .build();
        try {
            proxy.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3 emulator did not start on port " + chosen, e);
        }
        return new S3Emulator(proxy, chosen);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // Stopping is best effort at shutdown.
        }
    }
}
