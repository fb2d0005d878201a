package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.publish.SiteBucket;
import uk.scrutiny.publish.StoredFigures;
import uk.scrutiny.returns.ReportedValue;

/**
 * GIVEN returns stored in the emulated table and everything published once, WHEN a return changes
 * one indicator and the stream's run publishes it, THEN only that indicator is read and rated, and
 * the summary and its file are the same bytes as a full publish of the same data gives.
 */
class IncrementalPublishIT extends PipelineFixture {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    @Override
    Aws aws() {
        return LocalEmulators.aws();
    }

    @Test
    void anIncrementalPublishGivesTheFullPublishsBytes() {
        // GIVEN a catalogue, a return for both indicators, the board's commentary (NEET judged red, a story
        // for its priority), and everything published once
        loadCatalogue();
        handler(store).handleRequest(put("returns/careers-service/neet.csv", NEET_Q2), null);
        handler(store)
                .handleRequest(
                        put(
                                "commentary/q2-board.csv",
                                "code,period,judged_rating,reason,story,actions,author\n"
                                        + "NEET,2025/26 Q2,RED,Below the national trend,Fell again,Targeted support,"
                                        + "Head of Learning Inclusion\n"
                                        + "P04,2025/26,,,Participation is the focus,,Head of Learning Inclusion\n"),
                        null);
        MapSite site = new MapSite();
        ReadRecorder reads = new ReadRecorder(store);
        recalculation(reads, site).run(AS_OF);
        assertEquals(List.of("NEET", "CLA-RATE"), reads.codes);
        byte[] claBefore = site.files.get("data/indicators/CLA-RATE.json");
        // WHEN a corrected NEET return is stored and the stream's run publishes NEET only
        handler(store)
                .handleRequest(
                        put(
                                "returns/careers-service/neet-corrected.csv",
                                "indicator_code,period,area_code,value\nNEET,2025/26 Q2,E08000035,9.9\n"),
                        null);
        reads.codes.clear();
        site.written.clear();
        recalculation(reads, site).run(AS_OF, Set.of("NEET"));
        // THEN only NEET's figures were read, and only its file and the summary written
        assertEquals(List.of("NEET"), reads.codes);
        assertEquals(List.of("data/indicators/NEET.json", "data/summary.json"), site.written);
        // AND a full publish of the same data writes the same bytes, the summary and every file
        MapSite full = new MapSite();
        recalculation(store, full).run(AS_OF);
        assertEquals(text(full.files.get("data/summary.json")), text(site.files.get("data/summary.json")));
        String summary = text(site.files.get("data/summary.json"));
        assertTrue(summary.contains("\"rating\" : \"RED\""), "NEET's judged rating is in the summary: " + summary);
        assertTrue(summary.contains("Participation is the focus"), "P04's story is in the summary: " + summary);
        assertArrayEquals(full.files.get("data/indicators/NEET.json"), site.files.get("data/indicators/NEET.json"));
        assertArrayEquals(full.files.get("data/indicators/CLA-RATE.json"), claBefore);
    }

    private static Recalculation recalculation(StoredFigures figures, SiteBucket site) {
        return new Recalculation(figures, site, "E08000035", "E92000001", CLOCK);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The site bucket in memory: every file, and the keys written since last cleared. */
    static final class MapSite implements SiteBucket {
        final Map<String, byte[]> files = new TreeMap<>();
        final List<String> written = new ArrayList<>();

        @Override
        public void put(String key, byte[] body, String contentType, String cacheControl) {
            files.put(key, body);
            written.add(key);
        }
    }

    /** The store, recording which indicators' figures are read. */
    static final class ReadRecorder implements StoredFigures {
        private final StoredFigures store;
        final List<String> codes = new ArrayList<>();

        ReadRecorder(StoredFigures store) {
            this.store = store;
        }

        @Override
        public Catalogue catalogue() {
            return store.catalogue();
        }

        @Override
        public Targets targets() {
            return store.targets();
        }

        @Override
        public AreaList areas() {
            return store.areas();
        }

        @Override
        public List<ReportedValue> currentValues(
                Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable) {
            indicators.forEach(i -> codes.add(i.code()));
            return store.currentValues(indicators, unreadable);
        }

        @Override
        public uk.scrutiny.commentary.CommentaryBook commentary() {
            return store.commentary();
        }

        @Override
        public Map<String, byte[]> ratingResults(String fingerprint) {
            return store.ratingResults(fingerprint);
        }

        @Override
        public void saveRatingResults(String fingerprint, Map<String, byte[]> results) {
            store.saveRatingResults(fingerprint, results);
        }
    }
}
