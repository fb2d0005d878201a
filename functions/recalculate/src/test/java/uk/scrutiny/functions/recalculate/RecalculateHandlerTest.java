package uk.scrutiny.functions.recalculate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecalculateHandlerTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    private static Map<String, Object> event(String fixture) throws IOException {
        try (InputStream in = RecalculateHandlerTest.class.getResourceAsStream("/events/" + fixture)) {
            return new ObjectMapper().readValue(in, new TypeReference<>() { });
        }
    }

    @Test
    void theNightlyScheduleRatesAsOfItsScheduledDate() throws IOException {
        // GIVEN the scheduler's input for the 02:30 run on 24 November
        RecalculateHandler handler = new RecalculateHandler(null, NOW, null);
        // THEN lateness is judged as of that date, not the clock's
        assertEquals(LocalDate.of(2026, 11, 24), handler.asOf(event("scheduled-nightly.json")));
    }

    @Test
    void theScheduledTimeIsReadInLondonTime() throws IOException {
        // GIVEN a run at 23:30 UTC on 30 June, which is 00:30 on 1 July in London (BST)
        RecalculateHandler handler = new RecalculateHandler(null, NOW, null);
        // THEN the date is London's
        assertEquals(LocalDate.of(2026, 7, 1), handler.asOf(event("scheduled-after-midnight-bst.json")));
    }

    @Test
    void aStreamBatchRatesAsOfToday() throws IOException {
        RecalculateHandler handler = new RecalculateHandler(null, NOW, null);
        assertEquals(LocalDate.of(2026, 11, 25), handler.asOf(event("stream-files-committed.json")));
    }

    @Test
    void theLocalRunnersDateWinsOverTheClockForStreamBatches() throws IOException {
        RecalculateHandler handler = new RecalculateHandler(null, NOW, LocalDate.of(2026, 12, 31));
        assertEquals(LocalDate.of(2026, 12, 31), handler.asOf(event("stream-files-committed.json")));
    }

    @Test
    void aStreamBatchRepublishesTheIndicatorsItsReturnsChanged() throws IOException {
        // GIVEN a batch with one committed careers-service return of NEET and NEET-NK
        // THEN only those indicators' files need republishing (with the summary)
        assertEquals(Set.of("NEET", "NEET-NK"), RecalculateHandler.changedIndicators(event("stream-files-committed.json")));
    }

    @Test
    void aBatchWithTheCatalogueOrTargetsRepublishesEverything() throws IOException {
        // GIVEN a batch where the targets file was committed too: any indicator's rating may change
        assertEquals(Set.of(), RecalculateHandler.changedIndicators(event("stream-catalogue-committed.json")));
        // AND the nightly schedule republishes everything
        assertEquals(Set.of(), RecalculateHandler.changedIndicators(event("scheduled-nightly.json")));
    }
}
