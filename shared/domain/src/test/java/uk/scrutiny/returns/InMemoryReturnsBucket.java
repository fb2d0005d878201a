package uk.scrutiny.returns;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The returns bucket in memory, answering as {@code uk.scrutiny.aws.S3ReturnsBucket} does over S3.
 *
 * <p>{@link #upload} plays a provider's PUT and returns the {@link Upload} its S3 event would
 * name: the eTag is the content's MD5 (as S3 gives for a single-part PUT), each upload's event is
 * one second after the last and its sequencer is higher, so later uploads sort later.
 *
 * <p>{@link #open} reads exactly the version the event names, as S3 does: by version id in a
 * {@linkplain #versioned() versioned} bucket, otherwise by eTag (If-Match). A version that is no
 * longer there, because an {@linkplain #unversioned() unversioned} bucket's object was overwritten,
 * throws {@link UploadSupersededException}, as the S3 adapter does on 404 or 412.
 *
 * <p>Reports are kept beside the uploads; every write is counted, so a test can tell a report
 * that was rewritten from one that was left alone. Not thread-safe: one test, one bucket.
 */
public final class InMemoryReturnsBucket implements ReturnsBucket {
    public static final String NAME = "council-performance-returns";
    /** The first upload's event time; each further upload is a second later. */
    public static final Instant FIRST_EVENT_TIME = Instant.parse("2026-11-09T09:00:00Z");

    private record Version(String versionId, String eTag, byte[] content) {}

    private final boolean versioned;
    /** Every version of every uploaded object, oldest first; an unversioned bucket keeps only the latest. */
    private final Map<String, List<Version>> objects = new HashMap<>();

    private final Map<String, byte[]> reports = new HashMap<>();
    private final Map<String, Integer> reportWrites = new HashMap<>();
    private final List<Upload> opened = new ArrayList<>();
    private final Set<String> failingReportKeys = new HashSet<>();
    private int uploads;

    private InMemoryReturnsBucket(boolean versioned) {
        this.versioned = versioned;
    }

    /** A bucket with versioning on: every version stays readable, and events carry a version id. */
    public static InMemoryReturnsBucket versioned() {
        return new InMemoryReturnsBucket(true);
    }

    /** A bucket without versioning: an upload replaces the object, and events carry no version id. */
    public static InMemoryReturnsBucket unversioned() {
        return new InMemoryReturnsBucket(false);
    }

    // ---- what providers and tests do

    /** A provider uploads this text (UTF-8) to this key; returns the upload its S3 event names. */
    public Upload upload(String key, String content) {
        return upload(key, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A provider uploads these bytes to this key; returns the upload its S3 event names. */
    public Upload upload(String key, byte[] content) {
        uploads++;
        Version version = new Version(versioned ? "v" + uploads : null, md5(content), content.clone());
        List<Version> versions = objects.computeIfAbsent(key, k -> new ArrayList<>());
        if (!versioned) {
            versions.clear();
        }
        versions.add(version);
        return new Upload(
                NAME,
                key,
                version.versionId(),
                version.eTag(),
                content.length,
                FIRST_EVENT_TIME.plusSeconds(uploads),
                String.format("%016X", 0x0067205B6D7E8F00L + uploads));
    }

    /** The next report written to this key fails, as a timeout or a denied write would; later ones succeed. */
    public void failNextReportWrite(String key) {
        failingReportKeys.add(key);
    }

    // ---- what tests check

    /** The report last written to this key, if any. */
    public Optional<byte[]> report(String key) {
        return Optional.ofNullable(reports.get(key)).map(byte[]::clone);
    }

    /** The report at this key as text; fails if there is none. */
    public String reportText(String key) {
        return new String(
                report(key)
                        .orElseThrow(
                                () -> new AssertionError("no report at " + key + "; reports: " + reports.keySet())),
                StandardCharsets.UTF_8);
    }

    /** How many times a report was written to this key (a rewrite of the same bytes counts too). */
    public int reportWrites(String key) {
        return reportWrites.getOrDefault(key, 0);
    }

    /** Every upload opened for reading, in order, whether or not its version was still there. */
    public List<Upload> opened() {
        return List.copyOf(opened);
    }

    // ---- the port

    @Override
    public Optional<byte[]> readReport(String key) {
        return report(key);
    }

    @Override
    public InputStream open(Upload upload) {
        opened.add(upload);
        if (!NAME.equals(upload.bucket())) {
            throw new IllegalArgumentException("This is bucket " + NAME + ", not " + upload.bucket());
        }
        List<Version> versions = objects.getOrDefault(upload.key(), List.of());
        Optional<Version> latest =
                versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        Optional<Version> wanted;
        if (upload.versionId() != null && !upload.versionId().isEmpty()) {
            wanted = versions.stream()
                    .filter(v -> upload.versionId().equals(v.versionId()))
                    .findFirst();
        } else if (upload.eTag() != null && !upload.eTag().isEmpty()) {
            wanted = latest.filter(v -> v.eTag().equals(unquoted(upload.eTag())));
        } else {
            wanted = latest;
        }
        return new ByteArrayInputStream(wanted.orElseThrow(() -> new UploadSupersededException(
                        "The object " + upload.key() + " no longer has eTag " + upload.eTag()
                                + ": a newer upload replaced it",
                        null))
                .content());
    }

    @Override
    public boolean exists(String key) {
        return reports.containsKey(key) || !objects.getOrDefault(key, List.of()).isEmpty();
    }

    @Override
    public void putReport(String key, byte[] json) {
        if (failingReportKeys.remove(key)) {
            throw new SimulatedFailure("Simulated failure writing the report " + key);
        }
        reports.put(key, json.clone());
        reportWrites.merge(key, 1, Integer::sum);
    }

    private static String unquoted(String eTag) {
        return eTag.startsWith("\"") && eTag.endsWith("\"") && eTag.length() > 1
                ? eTag.substring(1, eTag.length() - 1)
                : eTag;
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
