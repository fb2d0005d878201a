package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.returns.ReportedValue;

class RecalculationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-10T03:00:00Z"), ZoneOffset.UTC);

    /** The Leeds example as the store would give it; recalculation only reads. */
    private static final StoredFigures STORE = new StoredFigures() {
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
                Collection<Indicator> indicators,
                java.util.function.BiConsumer<Indicator, RuntimeException> unreadable) {
            Set<String> codes = indicators.stream().map(Indicator::code).collect(Collectors.toSet());
            return LeedsExample.values().stream()
                    .filter(v -> codes.contains(v.indicatorCode()))
                    .toList();
        }
    };

    private static List<String> publishedKeys(Set<String> changed) {
        List<String> keys = new ArrayList<>();
        new Recalculation(
                        STORE,
                        (key, body, type, cache) -> {
                            assertEquals(Recalculation.DATA_CACHE_CONTROL, cache);
                            keys.add(key);
                        },
                        "E08000035",
                        "E92000001",
                        CLOCK)
                .run(LeedsExample.AS_OF, changed);
        return keys;
    }

    @Test
    void everythingIsPublishedWhenNothingNarrowsItWithTheSummaryLast() {
        List<String> keys = publishedKeys(Set.of());
        assertEquals(LeedsExample.catalogue().size() + 1, keys.size());
        assertEquals("data/summary.json", keys.get(keys.size() - 1));
    }

    @Test
    void aReturnRepublishesItsIndicatorsAndTheSummaryOnly() {
        // GIVEN a committed return that changed children looked after only
        // WHEN the recalculation runs for it
        List<String> keys = publishedKeys(Set.of(LeedsExample.CLA.code()));
        // THEN that indicator's file and the summary are written, nothing else
        assertEquals(List.of("data/indicators/CLA-RATE.json", "data/summary.json"), keys);
    }
}
