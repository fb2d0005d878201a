package uk.scrutiny.returns;

import java.nio.charset.StandardCharsets;

/**
 * Remembers, for every row read so far, a 64-bit fingerprint of its indicator/period/area and the
 * line it was on, in two primitive arrays: about 24 bytes a row rather than the ~130 of a
 * HashMap of strings, so duplicate detection in a 50 MB return stays small. Two different keys
 * share a fingerprint with a chance of about n^2 / 2^65 (1 in 10^8 for a million rows).
 */
final class FingerprintIndex {
    private long[] keys = new long[1024];
    private long[] lines = new long[1024];
    private int size;

    /** Records the key at this line; returns the line it was first seen on, or 0 if it is new. */
    long putIfAbsent(String key, long line) {
        long fingerprint = fingerprint(key);
        if (fingerprint == 0) {
            fingerprint = 1;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(fingerprint, keys.length);
        while (keys[slot] != 0) {
            if (keys[slot] == fingerprint) {
                return lines[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = fingerprint;
        lines[slot] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int slot(long fingerprint, int length) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & (length - 1);
    }

    /** FNV-1a over the UTF-8 bytes, finished with a 64-bit mixer so nearby keys spread out. */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    int size() {
        return size;
    }
}
