package uk.scrutiny.functions.recalculate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FromEnvironmentTest {
    @Test
    void theSuppressionThresholdIsReadFromTheEnvironmentWithTheTemplatesDefault() {
        // GIVEN SUPPRESSION_THRESHOLD as the template sets it, or unset
        // THEN it is used, or 5 (1 to 4 suppressed) when unset
        assertEquals(5, FromEnvironment.suppressionThreshold("5"));
        assertEquals(10, FromEnvironment.suppressionThreshold(" 10 "));
        assertEquals(5, FromEnvironment.suppressionThreshold(null));
        assertEquals(5, FromEnvironment.suppressionThreshold(""));
    }

    @Test
    void aThresholdThatIsNotAWholeNumberFromOneFailsSayingWhatToCheck() {
        for (String bad : new String[] {"0", "-3", "five", "2.5"}) {
            IllegalStateException e =
                    assertThrows(IllegalStateException.class, () -> FromEnvironment.suppressionThreshold(bad));
            assertTrue(e.getMessage().contains("SuppressionThreshold in template.yaml"), e.getMessage());
        }
    }
}
