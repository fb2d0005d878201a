package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Unit;

class ConfidenceIntervalTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aPercentUsesWilsonInPercentPoints() {
        // GIVEN a percent of 6218 out of 9110
        // WHEN the interval is chosen by unit
        ConfidenceInterval ci =
                ConfidenceInterval.at95(Unit.PERCENT, d("6218"), d("9110")).orElseThrow();
        // THEN it is Wilson's, in percent: 67.29 to 69.20 (the published worked example)
        assertEquals(ConfidenceInterval.Method.WILSON, ci.method());
        assertEquals(67.29, ci.lower(), 0.005);
        assertEquals(69.20, ci.upper(), 0.005);
    }

    @Test
    void aRateOfTenOrMoreEventsUsesByarScaledToTheRate() {
        // GIVEN 677 events over 14,075 as a rate per 1,000
        ConfidenceInterval ci = ConfidenceInterval.at95(Unit.ratePer(1000), d("677"), d("14075"))
                .orElseThrow();
        // THEN Byar, 44.54 to 51.86 per 1,000
        assertEquals(ConfidenceInterval.Method.BYAR, ci.method());
        assertEquals(44.54, ci.lower(), 0.005);
        assertEquals(51.86, ci.upper(), 0.005);
    }

    @Test
    void aRateOfFewerThanTenEventsUsesExactPoissonLimits() {
        // GIVEN 5 events over 2,000 as a rate per 1,000 (2.5 per 1,000)
        ConfidenceInterval ci =
                ConfidenceInterval.at95(Unit.ratePer(1000), d("5"), d("2000")).orElseThrow();
        // THEN exact limits 1.6235 and 11.6683 events, i.e. 0.8118 to 5.8342 per 1,000
        assertEquals(ConfidenceInterval.Method.EXACT_POISSON, ci.method());
        assertEquals(1.6235 / 2, ci.lower(), 0.0001);
        assertEquals(11.6683 / 2, ci.upper(), 0.0001);
    }

    @Test
    void aCountWithADenominatorGetsLimitsOnTheCountItself() {
        // GIVEN a count of 9 events (a population of 150,000 behind it)
        ConfidenceInterval ci =
                ConfidenceInterval.at95(Unit.COUNT, d("9"), d("150000")).orElseThrow();
        // THEN the exact limits on 9 events: 4.1154 to 17.0848
        assertEquals(4.1154, ci.lower(), 0.0001);
        assertEquals(17.0848, ci.upper(), 0.0001);
    }

    @Test
    void noIntervalWithoutBothNumeratorAndDenominatorOrForPlainNumbersOrImpossiblePercents() {
        assertTrue(ConfidenceInterval.at95(Unit.PERCENT, null, d("100")).isEmpty());
        assertTrue(ConfidenceInterval.at95(Unit.PERCENT, d("5"), null).isEmpty());
        assertTrue(ConfidenceInterval.at95(Unit.PERCENT, d("5"), d("0")).isEmpty());
        assertTrue(ConfidenceInterval.at95(Unit.PERCENT, d("101"), d("100")).isEmpty());
        assertTrue(ConfidenceInterval.at95(Unit.NUMBER, d("4500"), d("100")).isEmpty());
    }

    @Test
    void containsAndOverlapsIncludeTheLimits() {
        // GIVEN an interval from 10 to 20
        ConfidenceInterval ci = new ConfidenceInterval(10, 20, ConfidenceInterval.Method.BYAR);
        // THEN its limits are inside it, and an interval touching it overlaps it
        assertTrue(ci.contains(10));
        assertTrue(ci.contains(20));
        assertFalse(ci.contains(20.0001));
        assertTrue(ci.overlaps(new ConfidenceInterval(20, 30, ConfidenceInterval.Method.BYAR)));
        assertFalse(ci.overlaps(new ConfidenceInterval(20.01, 30, ConfidenceInterval.Method.BYAR)));
    }
}
