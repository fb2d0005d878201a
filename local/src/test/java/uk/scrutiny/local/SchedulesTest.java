package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SchedulesTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneId.of("Europe/London"));

    @Test
    void theNightlyScheduleFiresAtTheTimeTheTemplateGives() throws IOException {
        // GIVEN the template's nightly schedule
        Template.ScheduleTrigger nightly =
                Template.read(LocalRunner.projectRoot().resolve("template.yaml"), "test").functions().stream()
                        .flatMap(f -> f.schedules().stream())
                        .findFirst()
                        .orElseThrow();
        // THEN the local scheduler fires it at 02:30 London time, as EventBridge Scheduler would
        assertEquals("Europe/London", nightly.timeZone());
        assertEquals(LocalTime.of(2, 30), Schedules.timeOfDay(nightly.expression(), NOON));
    }

    @Test
    void aRateScheduleFiresNowAndAnythingElseIsRefusedWithTheExpression() {
        assertEquals(LocalTime.of(12, 0), Schedules.timeOfDay("rate(1 hour)", NOON));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Schedules.timeOfDay("cron(0/5 * * * ? *)", NOON));
        assertEquals(
                "The local runner runs cron schedules with a fixed minute and hour, or rate schedules;"
                        + " template.yaml has cron(0/5 * * * ? *)",
                e.getMessage());
    }
}
