package uk.scrutiny.rating;

/**
 * Exact (Garwood) Poisson limits on a small count of events, from chi-squared quantiles:
 * lower = chi2(alpha/2, 2x) / 2, upper = chi2(1 - alpha/2, 2x + 2) / 2.
 */
public final class ExactPoisson {
    private ExactPoisson() {}

    /** @param confidence two-sided, e.g. 0.95 */
    public static ConfidenceInterval interval(double x, double confidence) {
        if (x < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + x);
        }
        double alpha = 1 - confidence;
        // No events: nothing can be below zero, so the lower limit is 0 by definition.
        double lower = x == 0 ? 0 : ChiSquared.inverse(alpha / 2, 2 * x) / 2;
        double upper = ChiSquared.inverse(1 - alpha / 2, 2 * x + 2) / 2;
        return new ConfidenceInterval(lower, upper, ConfidenceInterval.Method.EXACT_POISSON);
    }
}
