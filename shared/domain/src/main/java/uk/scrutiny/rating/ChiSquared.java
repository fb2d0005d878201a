package uk.scrutiny.rating;

/**
 * Quantiles of the chi-squared distribution, needed for exact Poisson limits. A chi-squared
 * variable with k degrees of freedom is twice a gamma variable of shape k/2, so the quantile is
 * found by inverting the regularized incomplete gamma function.
 */
public final class ChiSquared {
    private ChiSquared() {}

    /** The value below which a chi-squared variable with {@code degreesOfFreedom} falls with probability p. */
    public static double inverse(double p, double degreesOfFreedom) {
        if (!(p > 0 && p < 1) || !(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException(
                    "Need 0 < p < 1 and positive degrees of freedom: p=" + p + ", df=" + degreesOfFreedom);
        }
        return 2 * RegularizedGamma.inverseP(degreesOfFreedom / 2, p);
    }

    public static double cdf(double x, double degreesOfFreedom) {
        return x <= 0 ? 0 : RegularizedGamma.p(degreesOfFreedom / 2, x / 2);
    }
}
