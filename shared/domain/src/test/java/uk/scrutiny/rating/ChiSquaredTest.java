package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChiSquaredTest {

    // Source: critical values of the chi-square distribution as printed in standard tables (e.g. the
    // NIST/SEMATECH e-Handbook, section 1.3.6.7.4), to 3 decimals; each row also checked against
    // scipy.stats.chi2.ppf, independently of this code.
    @ParameterizedTest(name = "chi2({0}, df {1}) = {2}")
    @CsvSource({
        "0.95,  1,  3.841",
        "0.975, 1,  5.024",
        "0.05,  2,  0.103",
        "0.025, 10, 3.247",
        "0.975, 10, 20.483",
        "0.99,  20, 37.566",
        "0.975, 12, 23.337",
        "0.025, 100, 74.222"
    })
    void inverseMatchesPublishedTables(double p, double df, double expected) {
        // GIVEN a probability and degrees of freedom from the table
        // WHEN the quantile is computed
        double quantile = ChiSquared.inverse(p, df);
        // THEN it matches the table to its printed precision
        assertEquals(expected, quantile, 0.0005);
    }

    @Test
    void inverseUndoesTheDistributionFunction() {
        // GIVEN a quantile found for p = 0.3 with 7 degrees of freedom
        double x = ChiSquared.inverse(0.3, 7);
        // WHEN the distribution function is applied to it
        // THEN we get 0.3 back
        assertEquals(0.3, ChiSquared.cdf(x, 7), 1e-12);
    }

    @Test
    void rejectsProbabilitiesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> ChiSquared.inverse(1.0, 4));
        assertThrows(IllegalArgumentException.class, () -> ChiSquared.inverse(0.5, 0));
    }
}
