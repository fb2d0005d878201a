package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.returns.ReportedValue;

/** Issue 8, point 1: a recalculation rates and publishes each indicator in isolation. */
class OneIndicatorNeverStopsTheOthersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-10T03:00:00Z"), ZoneOffset.UTC);

    /** The Leeds example, except that one indicator's stored figures cannot be read. */
    private static final class OneUnreadable implements StoredFigures {
        private final String broken;

        OneUnreadable(String broken) {
            this.broken = broken;
        }

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
            List<ReportedValue> values = new ArrayList<>();
            for (Indicator indicator : indicators) {
                if (indicator.code().equals(broken)) {
                    // What a catalogue's frequency change did to every recalculation before this fix.
                    unreadable.accept(indicator, new IllegalArgumentException("'2025/26 Q1' is not a financial year"));
                    continue;
                }
                LeedsExample.values().stream()
                        .filter(v -> v.indicatorCode().equals(indicator.code()))
                        .forEach(values::add);
            }
            return values;
        }
    }

    private final Map<String, byte[]> site = new LinkedHashMap<>();

    private JsonNode publish(StoredFigures figures) throws IOException {
        new Recalculation(figures, (key, body, type, cache) -> site.put(key, body), "E08000035", "E92000001", CLOCK)
                .run(LeedsExample.AS_OF, Set.of());
        return new ObjectMapper().readTree(site.get(SummaryFiles.SUMMARY_KEY));
    }

    @Test
    void anIndicatorWhoseFiguresCannotBeReadIsListedAsAProblemAndTheOthersArePublished() throws IOException {
        // GIVEN children looked after's stored figures cannot be read
        // WHEN the recalculation runs
        JsonNode summary = publish(new OneUnreadable(LeedsExample.CLA.code()));
        // THEN it is listed under problems, in plain English with the reason
        assertEquals(1, summary.get("problems").size());
        JsonNode problem = summary.get("problems").get(0);
        assertEquals("CLA-RATE", problem.get("code").asText());
        assertEquals(
                "This indicator could not be rated: '2025/26 Q1' is not a financial year. Its other figures are"
                        + " unchanged; the performance team should check its stored returns and catalogue entry.",
                problem.get("message").asText());
        // AND every other indicator is still rated and has its file published
        List<String> rated = new ArrayList<>();
        summary.get("indicators").forEach(i -> rated.add(i.get("code").asText()));
        assertFalse(rated.contains("CLA-RATE"));
        assertEquals(LeedsExample.catalogue().size() - 1, rated.size());
        for (String code : rated) {
            assertTrue(site.containsKey(SummaryFiles.indicatorKey(code)), code);
        }
        assertFalse(site.containsKey(SummaryFiles.indicatorKey("CLA-RATE")));
        // AND the summary is published last and still matches the schema
        assertEquals(SummaryFiles.SUMMARY_KEY, new ArrayList<>(site.keySet()).get(site.size() - 1));
        assertEquals(
                List.of(),
                SchemaCheck.errors(
                        SchemaCheck.SUMMARY,
                        new String(site.get(SummaryFiles.SUMMARY_KEY), java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void withNothingWrongTheProblemsListIsEmpty() throws IOException {
        JsonNode summary = publish(new OneUnreadable("NONE"));
        assertEquals(0, summary.get("problems").size());
        assertEquals(LeedsExample.catalogue().size(), summary.get("indicators").size());
    }

    @Test
    void aRefusedWriteFailsTheWholeRunSoItIsRetried() {
        // GIVEN a site bucket that refuses every write (the bucket, not an indicator, is at fault)
        Recalculation recalculation = new Recalculation(
                new OneUnreadable("NONE"),
                (key, body, type, cache) -> {
                    throw new IllegalStateException("Access Denied");
                },
                "E08000035",
                "E92000001",
                CLOCK);
        // THEN the run fails, so that the stream or the schedule retries it
        assertThrows(IllegalStateException.class, () -> recalculation.run(LeedsExample.AS_OF, Set.of()));
    }
}
