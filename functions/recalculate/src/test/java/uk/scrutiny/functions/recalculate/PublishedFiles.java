package uk.scrutiny.functions.recalculate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.publish.SiteBucket;
import uk.scrutiny.publish.StoredFigures;
import uk.scrutiny.returns.ReportedValue;

/** A real recalculation over a tiny catalogue (NEET, NEET-NK, CLA-RATE), publishing into memory. */
final class PublishedFiles implements SiteBucket {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    final Map<String, byte[]> files = new LinkedHashMap<>();
    boolean refuseWrites;

    @Override
    public void put(String key, byte[] body, String contentType, String cacheControl) {
        if (refuseWrites) {
            throw new IllegalStateException("Access denied (the site bucket refused the write)");
        }
        files.put(key, body);
    }

    Recalculation recalculation() {
        return new Recalculation(new Figures(), this, "E08000035", "E92000001", CLOCK);
    }

    List<String> keys() {
        return List.copyOf(files.keySet());
    }

    JsonNode summary() {
        try {
            return new ObjectMapper().readTree(files.get("data/summary.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Indicator indicator(String code) {
        return new Indicator(
                code,
                code + " title",
                "P1",
                "A priority",
                "An outcome",
                Polarity.LOWER,
                Unit.PERCENT,
                Frequency.QUARTERLY,
                45,
                List.of("careers-service"));
    }

    private static final class Figures implements StoredFigures {
        @Override
        public Catalogue catalogue() {
            return Catalogue.of(List.of(indicator("CLA-RATE"), indicator("NEET"), indicator("NEET-NK")));
        }

        @Override
        public Targets targets() {
            return Targets.none();
        }

        @Override
        public List<ReportedValue> currentValues(
                Collection<Indicator> indicators,
                java.util.function.BiConsumer<Indicator, RuntimeException> unreadable) {
            return List.of();
        }
    }
}
