package uk.scrutiny.rating;

/**
 * Wilson score interval for a proportion x of n. Unlike the textbook normal approximation it
 * stays within 0 to 1 and behaves at 0% and 100%, which small council cohorts often reach.
 */
public final class Wilson {
    private Wilson() {}

    /** The limits as proportions (0 to 1). */
    public static ConfidenceInterval interval(double x, double n, double z) {
        double z2 = z * z;
        // x(1 - x/n) can dip a hair below zero at x = n in floating point.
        double spread = z * Math.sqrt(Math.max(0, z2 + 4 * x * (1 - x / n)));
        double denominator = 2 * (n + z2);
        double lower = (2 * x + z2 - spread) / denominator;
        double upper = (2 * x + z2 + spread) / denominator;
        return new ConfidenceInterval(clamp(lower), clamp(upper), ConfidenceInterval.Method.WILSON);
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
