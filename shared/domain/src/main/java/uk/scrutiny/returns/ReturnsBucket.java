package uk.scrutiny.returns;

import java.io.InputStream;
import java.util.Optional;

/** The bucket providers upload to: read an upload as a stream, write a report beside it. */
public interface ReturnsBucket {
    /** Streams exactly this version of the object (by version id, else by eTag). */
    InputStream open(Upload upload);

    boolean exists(String key);

    /** The report now at this key, if there is one: a newer upload's report must not be replaced. */
    Optional<byte[]> readReport(String key);

    void putReport(String key, byte[] json);
}
