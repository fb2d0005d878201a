package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WilsonTest {
    private static final double Z = ConfidenceInterval.Z95;

    @Test
    void matchesThePublishedWorkedExample() {
        // Source: the Wilson score worked check in /work/shared/reference/rating-methods.md
        // (public health profiles' technical guidance): 6218 of 9110 is 68.25%, 95% CI 67.29% to 69.20%.
        // GIVEN 6218 of 9110
        // WHEN the interval is worked out
        ConfidenceInterval ci = Wilson.interval(6218, 9110, Z);
        // THEN it matches to two decimal places of a percent
        assertEquals(67.29, ci.lower() * 100, 0.005);
        assertEquals(69.20, ci.upper() * 100, 0.005);
    }

    @Test
    void aPercentOfZeroHasALowerLimitOfZeroAndAPositiveUpperLimit() {
        // GIVEN none of 50
        // WHEN the interval is worked out
        ConfidenceInterval ci = Wilson.interval(0, 50, Z);
        // THEN by hand: lower 0, upper = z^2 / (n + z^2) = 3.841459 / 53.841459 = 7.1348%
        assertEquals(0, ci.lower(), 1e-12);
        assertEquals(0.071348, ci.upper(), 1e-6);
    }

    @Test
    void aPercentOfOneHundredHasAnUpperLimitOfExactlyOneHundred() {
        // GIVEN all of 50
        // WHEN the interval is worked out
        ConfidenceInterval ci = Wilson.interval(50, 50, Z);
        // THEN by hand: lower = n / (n + z^2) = 50 / 53.841459 = 92.8652%; upper 100% (not a hair over)
        assertEquals(0.928652, ci.lower(), 1e-6);
        assertEquals(1.0, ci.upper());
    }
}
