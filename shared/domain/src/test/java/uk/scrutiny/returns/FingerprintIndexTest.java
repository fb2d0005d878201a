package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintIndexTest {

    @Test
    void newKeyGivesZeroAndARepeatGivesTheFirstLine() {
        FingerprintIndex index = new FingerprintIndex();
        assertEquals(0, index.putIfAbsent("NEET|2025/26 Q2|E08000035", 2));
        assertEquals(0, index.putIfAbsent("NEET|2025/26 Q2|E92000001", 3));
        assertEquals(2, index.putIfAbsent("NEET|2025/26 Q2|E08000035", 4));
        assertEquals(2, index.putIfAbsent("NEET|2025/26 Q2|E08000035", 9), "still the first line, not the last");
        assertEquals(3, index.putIfAbsent("NEET|2025/26 Q2|E92000001", 10));
        assertEquals(2, index.size(), "repeats are not stored again");
    }

    @Test
    void survivesGrowthPast1024Entries() {
        FingerprintIndex index = new FingerprintIndex();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            assertEquals(0, index.putIfAbsent(key(i), i + 2L), "key " + i + " is new");
        }
        assertEquals(n, index.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i + 2L, index.putIfAbsent(key(i), 999_999), "key " + i + " found again after growth");
        }
        assertEquals(n, index.size());
    }

    @Test
    void keysAroundTheGrowthBoundaryAreKept() {
        FingerprintIndex index = new FingerprintIndex();
        for (int i = 0; i < 513; i++) {
            index.putIfAbsent("k" + i, i + 1L);
        }
        for (int i = 0; i < 513; i++) {
            assertEquals(i + 1L, index.putIfAbsent("k" + i, 0));
        }
    }

    @Test
    void nearbyKeysHaveDistinctFingerprints() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(FingerprintIndex.fingerprint(key(i)));
        }
        assertEquals(100_000, seen.size());
        assertNotEquals(FingerprintIndex.fingerprint("a|b"), FingerprintIndex.fingerprint("b|a"));
        assertEquals(FingerprintIndex.fingerprint("é"), FingerprintIndex.fingerprint("\u00e9"));
    }

    @Test
    void emptyKeyWorks() {
        FingerprintIndex index = new FingerprintIndex();
        assertEquals(0, index.putIfAbsent("", 5));
        assertEquals(5, index.putIfAbsent("", 6));
    }

    private static String key(int i) {
        return "IND-" + (i % 97) + "|20" + (i % 50) + "/" + (i % 13) + " Q" + (i % 4 + 1) + "|E0" + i;
    }
}
