package uk.scrutiny.local;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns objects that appear in the returns bucket (from the AWS CLI, say) into S3 notifications,
 * as S3 would: S3Proxy sends none, so the bucket is listed every second and new keys or new eTags
 * are delivered in order of key.
 */
final class UploadWatcher {
    private static final Logger LOG = Logger.getLogger(UploadWatcher.class.getName());
    private final LocalCloud cloud;
    private final String bucket;
    private final Map<String, String> seen = new HashMap<>();
    private volatile boolean running = true;
    private Thread thread;

    UploadWatcher(LocalCloud cloud, String bucket) {
        this.cloud = cloud;
        this.bucket = bucket;
        seen.putAll(cloud.list(bucket));
    }

    void start() {
        thread = new Thread(this::loop, "upload-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Map<String, String> now = cloud.list(bucket);
                for (Map.Entry<String, String> e : new java.util.TreeMap<>(now).entrySet()) {
                    if (!e.getValue().equals(seen.get(e.getKey()))) {
                        seen.put(e.getKey(), e.getValue());
                        var deliveries = cloud.notifyCreated(bucket, e.getKey());
                        if (!deliveries.isEmpty()) {
                            System.out.println(LocalRunner.summary(cloud, bucket, e.getKey(), deliveries));
                        }
                    }
                }
                LocalRunner.reportStream(cloud.streamTick(false));
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Watching for uploads failed; trying again", e);
                }
            }
        }
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
