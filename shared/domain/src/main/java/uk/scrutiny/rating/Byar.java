package uk.scrutiny.rating;

/** Byar's approximation to the Poisson limits on a count of events: good from about 10 events up. */
public final class Byar {
    private Byar() {}

    /** The limits on the count itself; divide by the denominator and multiply by N for a rate. */
    public static ConfidenceInterval interval(double x, double z) {
        if (x <= 0) {
            throw new IllegalArgumentException("Byar's method needs at least one event; use exact Poisson limits");
        }
        double lower = x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
        double x1 = x + 1;
        double upper = x1 * Math.pow(1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1)), 3);
        return new ConfidenceInterval(Math.max(0, lower), upper, ConfidenceInterval.Method.BYAR);
    }
}
