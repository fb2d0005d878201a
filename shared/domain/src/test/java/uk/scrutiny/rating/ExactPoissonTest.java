package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactPoissonTest {

    // Source: standard tables of exact (Garwood) 95% limits for a Poisson count, to 4 decimal places.
    // The 0 and 5 rows are the ones quoted in the team's brief (0 to 3.6889; 1.6235 to 11.6683); the
    // other rows were checked against scipy.stats.chi2.ppf, independently of this code.
    @ParameterizedTest(name = "{0} events: {1} to {2}")
    @CsvSource({
        "0, 0,      3.6889",
        "1, 0.0253, 5.5716",
        "2, 0.2422, 7.2247",
        "3, 0.6187, 8.7673",
        "5, 1.6235, 11.6683",
        "9, 4.1154, 17.0848"
    })
    void limitsMatchPublishedTables(int events, double lower, double upper) {
        // GIVEN a small count of events
        // WHEN its exact 95% limits are computed
        ConfidenceInterval ci = ExactPoisson.interval(events, 0.95);
        // THEN they match the table
        assertEquals(lower, ci.lower(), 0.00005);
        assertEquals(upper, ci.upper(), 0.00005);
        assertEquals(ConfidenceInterval.Method.EXACT_POISSON, ci.method());
    }
}
