package uk.scrutiny.rating;

/**
 * The regularized lower incomplete gamma function P(a, x) and its inverse in x. Series below
 * x = a + 1 and a continued fraction above it, as in Numerical Recipes, because each converges
 * fast only on its own side.
 */
final class RegularizedGamma {
    private static final double EPSILON = 1e-15;
    private static final int MAX_ITERATIONS = 10_000;
    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private RegularizedGamma() {}

    static double p(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x < a + 1) {
            return series(a, x);
        }
        return 1 - continuedFraction(a, x);
    }

    /** The x at which P(a, x) = p: Newton steps, falling back to bisection when a step leaves the bracket. */
    static double inverseP(double a, double p) {
        double low = 0;
        double high = Math.max(1, a);
        while (p(a, high) < p) {
            low = high;
            high *= 2;
        }
        double x = (low + high) / 2;
        for (int i = 0; i < 200; i++) {
            double f = p(a, x) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                low = x;
            } else {
                high = x;
            }
            double density = Math.exp(-x + (a - 1) * Math.log(x) - logGamma(a));
            double next = density > 0 ? x - f / density : Double.NaN;
            if (!(next > low && next < high)) {
                next = (low + high) / 2;
            }
            if (Math.abs(next - x) <= 1e-14 * Math.max(1, x)) {
                return next;
            }
            x = next;
        }
        return x;
    }

    static double logGamma(double a) {
        if (a < 0.5) {
            // Reflection keeps the Lanczos sum in its accurate range.
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * a))) - logGamma(1 - a);
        }
        double z = a - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    private static double series(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    /** Q(a, x) = 1 - P(a, x) by the modified Lentz method. */
    private static double continuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }
}
