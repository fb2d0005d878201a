package uk.scrutiny.publish;

import java.util.Set;

/** The bucket the dashboard is served from: published files are written here, nowhere else. */
public interface SiteBucket {
    void put(String key, byte[] body, String contentType, String cacheControl);

    /** The keys under a prefix, to find indicator files that are no longer published. */
    default Set<String> keys(String prefix) {
        return Set.of();
    }

    /** Removes a published file; only ever an indicator file of an indicator no longer in the catalogue. */
    default void delete(String key) {
        throw new UnsupportedOperationException("This site bucket cannot delete " + key);
    }
}
