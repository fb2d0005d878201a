package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByarTest {

    @Test
    void matchesThePublishedWorkedExampleForARatePerThousand() {
        // Source: the Byar worked check in /work/shared/reference/rating-methods.md (public health
        // profiles' technical guidance): 677 events over 14,075 per 1,000 is 48.10, 95% CI 44.54 to 51.86.
        // GIVEN 677 events
        // WHEN Byar's limits are scaled to a rate per 1,000 of 14,075
        ConfidenceInterval ci = Byar.interval(677, ConfidenceInterval.Z95).scaled(1000.0 / 14075);
        // THEN they match to two decimal places
        assertEquals(44.54, ci.lower(), 0.005);
        assertEquals(51.86, ci.upper(), 0.005);
    }

    @Test
    void refusesZeroEventsBecauseTheFormulaDividesByTheCount() {
        // GIVEN / WHEN / THEN no events is for exact Poisson limits, not Byar
        assertThrows(IllegalArgumentException.class, () -> Byar.interval(0, ConfidenceInterval.Z95));
    }
}
