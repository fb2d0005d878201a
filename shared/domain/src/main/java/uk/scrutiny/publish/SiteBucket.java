package uk.scrutiny.publish;

/** The bucket the dashboard is served from: published files are written here, nowhere else. */
public interface SiteBucket {
    void put(String key, byte[] body, String contentType, String cacheControl);
}
