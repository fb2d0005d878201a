package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.Optional;
import uk.scrutiny.catalogue.Unit;

/**
 * A 95% confidence interval around a value, in the indicator's own units. Boards are shown the
 * interval so that a difference from England, or from last quarter, is not read as real when it
 * could be chance.
 */
public record ConfidenceInterval(double lower, double upper, Method method) {

    /** Two-sided 95%: the z used by public health profiles. */
    public static final double Z95 = 1.959964;

    /** How the interval was worked out, so a reader can check it. */
    public enum Method {
        WILSON,
        BYAR,
        EXACT_POISSON
    }

    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("Not an interval: " + lower + " to " + upper);
        }
    }

    /**
     * The interval for a reported figure, chosen by unit as public health profiles do: Wilson for a
     * percent, Byar for a rate per N or a count (exact Poisson below 10 events). Plain numbers (an
     * average score, say) have no numerator that counts events, so they get none.
     */
    public static Optional<ConfidenceInterval> at95(Unit unit, BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || numerator.signum() < 0 || denominator.signum() <= 0) {
            return Optional.empty();
        }
        double x = numerator.doubleValue();
        double n = denominator.doubleValue();
        return switch (unit.kind()) {
            case PERCENT ->
                x > n
                        ? Optional.empty()
                        : Optional.of(Wilson.interval(x, n, Z95).scaled(100));
            case RATE -> Optional.of(events(x).scaled(unit.perN() / n));
            case COUNT -> Optional.of(events(x));
            case NUMBER -> Optional.empty();
        };
    }

    /** Limits on a number of events: exact where Byar's approximation is poor, below 10. */
    static ConfidenceInterval events(double x) {
        return x < 10 ? ExactPoisson.interval(x, 0.95) : Byar.interval(x, Z95);
    }

    ConfidenceInterval scaled(double factor) {
        return new ConfidenceInterval(lower * factor, upper * factor, method);
    }

    /** Inclusive: a benchmark on the limit is not significantly different. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    public boolean overlaps(ConfidenceInterval other) {
        return lower <= other.upper && other.lower <= upper;
    }
}
