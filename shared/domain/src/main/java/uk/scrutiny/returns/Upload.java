package uk.scrutiny.returns;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import uk.scrutiny.validation.Printable;

/**
 * One version of one uploaded object, as an S3 event names it.
 *
 * @param key       the object key, URL-decoded
 * @param versionId null unless the bucket is versioned
 * @param sequencer S3's hex sequencer, which orders events for the same key
 */
public record Upload(
        String bucket, String key, String versionId, String eTag, long size, Instant eventTime, String sequencer) {
    private static final DateTimeFormatter ORDER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Names this exact version of the object: the ledger's key, so the same version is processed once. */
    public String id() {
        return bucket + "/" + key + "#" + (versionId != null && !versionId.isEmpty() ? "v:" + versionId : "e:" + eTag);
    }

    /** The id for a log line: a key's control characters escaped, never written raw. */
    public String forLog() {
        return Printable.escaped(id());
    }

    /**
     * Orders uploads so that a newer one wins even when processed first: event time (to the
     * millisecond) across keys, then the sequencer, left-padded so that hex strings of different
     * lengths compare as S3 says they should.
     */
    public String order() {
        String seq = sequencer == null ? "" : sequencer.toUpperCase();
        return ORDER_TIME.format(eventTime) + "#" + "0".repeat(Math.max(0, 32 - seq.length())) + seq;
    }
}
