package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.returns.ReportedValue;

/** Issue 8, point 9: an indicator removed from the catalogue loses its public file at the next publish. */
class RemovedIndicatorFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-10T03:00:00Z"), ZoneOffset.UTC);

    private final Set<String> bucket = new TreeSet<>();
    private final List<String> deleted = new ArrayList<>();

    private final SiteBucket site = new SiteBucket() {
        @Override
        public void put(String key, byte[] body, String contentType, String cacheControl) {
            bucket.add(key);
        }

        @Override
        public Set<String> keys(String prefix) {
            return new TreeSet<>(
                    bucket.stream().filter(k -> k.startsWith(prefix)).toList());
        }

        @Override
        public void delete(String key) {
            bucket.remove(key);
            deleted.add(key);
        }
    };

    private final StoredFigures figures = new StoredFigures() {
        @Override
        public Catalogue catalogue() {
            return LeedsExample.catalogue();
        }

        @Override
        public Targets targets() {
            return LeedsExample.targets();
        }

        @Override
        public List<ReportedValue> currentValues(
                Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable) {
            return LeedsExample.values();
        }
    };

    private void publish(Set<String> changed) {
        new Recalculation(figures, site, "E08000035", "E92000001", CLOCK).run(LeedsExample.AS_OF, changed);
    }

    @Test
    void aFullPublishDeletesTheFilesOfIndicatorsNoLongerInTheCatalogueAndNothingElse() {
        // GIVEN the file of an indicator that has since been removed from the catalogue, and the site's own files
        bucket.add("data/indicators/OLD-KI.json");
        bucket.add("index.html");
        // WHEN everything is republished (the catalogue's commit or the nightly run)
        publish(Set.of());
        // THEN only the stale indicator file is deleted
        assertEquals(List.of("data/indicators/OLD-KI.json"), deleted);
        assertEquals(LeedsExample.catalogue().size() + 2, bucket.size());
    }

    @Test
    void aReturnsPublishDeletesNothing() {
        bucket.add("data/indicators/OLD-KI.json");
        publish(Set.of(LeedsExample.NEET.code()));
        assertEquals(List.of(), deleted);
    }
}
