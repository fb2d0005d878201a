package uk.scrutiny.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The site bucket in memory: remembers every write in order and the latest bytes under each key. */
final class RecordingSiteBucket implements SiteBucket {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Put(String key, byte[] body, String contentType, String cacheControl) {}

    private final List<Put> puts = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Set<String> refused = new HashSet<>();

    @Override
    public void put(String key, byte[] body, String contentType, String cacheControl) {
        if (refused.contains(key)) {
            throw new IllegalStateException("Access denied writing " + key + " (simulated)");
        }
        puts.add(new Put(key, body.clone(), contentType, cacheControl));
        files.put(key, body.clone());
    }

    /** Writes to this key fail from now on, as a denied or timed-out write would. */
    void refuse(String key) {
        refused.add(key);
    }

    /** Forgets the writes so far (the files stay), so the next run's writes can be told apart. */
    void forgetWrites() {
        puts.clear();
    }

    List<Put> puts() {
        return List.copyOf(puts);
    }

    /** The key of every write, in order. */
    List<String> keys() {
        return puts.stream().map(Put::key).toList();
    }

    /** The latest bytes under the key; fails if nothing was ever written there. */
    byte[] file(String key) {
        byte[] body = files.get(key);
        if (body == null) {
            throw new AssertionError("nothing was written to " + key + "; there is " + files.keySet());
        }
        return body.clone();
    }

    JsonNode json(String key) {
        try {
            return JSON.readTree(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
