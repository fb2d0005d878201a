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
}
