package uk.scrutiny.returns;

import java.io.InputStream;

/** The bucket providers upload to: read an upload as a stream, write a report beside it. */
public interface ReturnsBucket {
    /** Streams exactly this version of the object (by version id, else by eTag). */
    InputStream open(Upload upload);

    boolean exists(String key);

    void putReport(String key, byte[] json);
}
