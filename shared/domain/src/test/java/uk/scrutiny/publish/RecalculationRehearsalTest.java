package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-memory rehearsal that SnapStart priming runs goes through rating, publishing and reminders. */
class RecalculationRehearsalTest {
    @Test
    void ratesPublishesAndComposesTheReminders() {
        RecalculationRehearsal.Rehearsed rehearsed = RecalculationRehearsal.run();
        // THEN every indicator is rated, and its file and the summary are written
        assertEquals(4, rehearsed.summary().indicators().size());
        assertEquals(
                Set.of(
                        SummaryFiles.SUMMARY_KEY,
                        SummaryFiles.indicatorKey("R-PCT"),
                        SummaryFiles.indicatorKey("R-RATE"),
                        SummaryFiles.indicatorKey("R-NUM"),
                        SummaryFiles.indicatorKey("R-NONE")),
                rehearsed.files().keySet());
        assertTrue(
                rehearsed.summary().problems().isEmpty(),
                rehearsed.summary().problems().toString());
        // AND the confidence intervals were computed (Wilson's, for the percentage's home figures)
        String pct = new String(rehearsed.files().get(SummaryFiles.indicatorKey("R-PCT")), StandardCharsets.UTF_8);
        assertTrue(pct.contains("\"ciLower\" : 42.44"), pct);
        // AND the monthly count's late return makes a reminder, composed and sent nowhere
        assertFalse(rehearsed.notices().isEmpty());
        assertEquals("rehearsal", rehearsed.notices().get(0).provider());
    }
}
