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
 * @param uploadedBy the uploader's principal from the S3 event ({@code userIdentity.principalId}), or null
 */
public record Upload(
        String bucket,
        String key,
        String versionId,
        String eTag,
        long size,
        Instant eventTime,
        String sequencer,
        String uploadedBy) {

    /** An upload whose uploader is not known (tests, and events without a user identity). */
    public Upload(
            String bucket, String key, String versionId, String eTag, long size, Instant eventTime, String sequencer) {
        this(bucket, key, versionId, eTag, size, eventTime, sequencer, null);
    }

    private static final DateTimeFormatter ORDER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * Names this exact upload: the ledger's key, so the same upload is processed once. The version id
     * on a versioned bucket (the template requires one). Without it, S3's sequencer, which differs for
     * every PUT of a key, with the eTag: the eTag alone would mistake uploading earlier content again
     * (A, B, then A) for a repeat of the first event and skip it.
     */
    public String id() {
        if (versionId != null && !versionId.isEmpty()) {
            return bucket + "/" + key + "#v:" + versionId;
        }
        return bucket + "/" + key + (sequencer == null || sequencer.isEmpty() ? "" : "#s:" + sequencer.toUpperCase())
                + "#e:" + eTag;
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
