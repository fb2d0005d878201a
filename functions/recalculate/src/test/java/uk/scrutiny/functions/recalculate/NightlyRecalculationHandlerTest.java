package uk.scrutiny.functions.recalculate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import uk.scrutiny.returns.Notices;

class NightlyRecalculationHandlerTest {
    private final PublishedFiles site = new PublishedFiles();
    private final NightlyRecalculationHandler handler =
            new NightlyRecalculationHandler(site.recalculation(), Notices.NONE, PublishedFiles.CLOCK);

    @ParameterizedTest
    @Event(value = "events/scheduled-nightly.json", type = ScheduledRun.class)
    void theNightlyRunRepublishesEverythingAsOfItsScheduledDate(ScheduledRun run) {
        // GIVEN the scheduler's input for the 02:30 run on 24 November, handled on the 25th
        handler.handleRequest(run, null);
        // THEN every indicator and the summary are published, judged as of the scheduled date
        assertEquals(
                List.of(
                        "data/indicators/CLA-RATE.json",
                        "data/indicators/NEET.json",
                        "data/indicators/NEET-NK.json",
                        "data/summary.json"),
                site.keys());
        assertEquals("2026-11-24", site.summary().get("asOf").asText());
    }

    @ParameterizedTest
    @Event(value = "events/scheduled-after-midnight-bst.json", type = ScheduledRun.class)
    void theScheduledTimeIsReadInLondonTime(ScheduledRun run) {
        // GIVEN a run at 23:30 UTC on 30 June, which is 00:30 on 1 July in London (BST)
        handler.handleRequest(run, null);
        // THEN the date is London's
        assertEquals("2026-07-01", site.summary().get("asOf").asText());
    }

    @Test
    void withoutAnInputTheRunIsForTodayInLondon() {
        handler.handleRequest(new ScheduledRun(), null);
        assertEquals("2026-11-25", site.summary().get("asOf").asText());
    }

    @Test
    void aMalformedScheduledTimeSaysWhatToCheck() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> handler.handleRequest(new ScheduledRun("tonight"), null));
        assertEquals(
                "The schedule's scheduledTime is not an ISO-8601 instant: check the template's Input", e.getMessage());
    }

    @ParameterizedTest
    @Event(value = "events/scheduled-nightly.json", type = ScheduledRun.class)
    void theNightlyRunCountsAsAPublishOfEveryIndicator(ScheduledRun run) {
        EmfCapture emf = new EmfCapture();
        new NightlyRecalculationHandler(
                        site.recalculation(),
                        Notices.NONE,
                        PublishedFiles.CLOCK,
                        new PublishMetrics(emf.metrics(), Clock.systemUTC()))
                .handleRequest(run, null);
        assertEquals(1, emf.lines.get(0).get("Published").asInt());
        assertEquals(3, emf.lines.get(0).get("IndicatorsPublished").asInt());
    }

    @ParameterizedTest
    @Event(value = "events/scheduled-nightly.json", type = ScheduledRun.class)
    void aFailedNightlyRunIsCountedAndThrownSoTheSchedulerRetriesIt(ScheduledRun run) {
        EmfCapture emf = new EmfCapture();
        site.refuseWrites = true;
        NightlyRecalculationHandler failing = new NightlyRecalculationHandler(
                site.recalculation(),
                Notices.NONE,
                PublishedFiles.CLOCK,
                new PublishMetrics(emf.metrics(), Clock.systemUTC()));
        assertThrows(IllegalStateException.class, () -> failing.handleRequest(run, null));
        assertEquals(0, emf.lines.get(0).get("Published").asInt());
        assertEquals(1, emf.lines.get(0).get("PublishFailed").asInt());
    }
}
