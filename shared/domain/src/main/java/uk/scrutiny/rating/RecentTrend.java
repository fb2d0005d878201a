package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * The recent trend, as the Fingertips public health profiles compute it (their
 * TrendMarkerCalculator, "SPC for proportions"): the last 5 consecutive figures with numerators and
 * denominators, oldest first, scored t = 1 to 5; the chi-squared test for trend in proportions
 * (Cochran–Armitage, 1 degree of freedom); significant only when chi-squared is above 9.5495 (the
 * 99.8% level) and the trend keeps its sign when each of the five points is left out in turn
 * (their check for a single outlying point: the least-squares slope of the log-odds on t, the
 * other points keeping their scores). A rate per N is taken as the proportion numerator /
 * denominator.
 *
 * <p>Issue 12 asked for p &lt; 0.05; the team's rating-methods reference corrects that to
 * Fingertips' own rule, used here.
 *
 * @param assessment null without a significant trend, or for polarity none
 * @param periods    the five periods, oldest first
 */
public record RecentTrend(
        Direction direction, Assessment assessment, double chiSquared, List<Period> periods, String reason) {
    public enum Direction {
        INCREASING,
        DECREASING,
        NO_SIGNIFICANT_CHANGE
    }

    public enum Assessment {
        GETTING_BETTER,
        GETTING_WORSE
    }

    public static final int POINTS = 5;
    /** Fingertips' ChiSquareConfidence: the chi-squared (1 degree of freedom) exceeded with probability 0.002. */
    public static final double CRITICAL = 9.54953570608324;

    private static final String CRITICAL_TEXT = "9.55";

    private static final MathContext EXACT = MathContext.DECIMAL128;

    public RecentTrend {
        periods = List.copyOf(periods);
    }

    /**
     * @return null unless the indicator is a percent or a rate per N and the last 5 consecutive
     *     periods up to {@code latest} all have a numerator and denominator (0 &lt;= numerator &lt;=
     *     denominator, denominator &gt; 0)
     */
    public static RecentTrend of(Indicator indicator, AreaSeries series, ReportedValue latest) {
        Unit.Kind kind = indicator.unit().kind();
        if (kind != Unit.Kind.PERCENT && kind != Unit.Kind.RATE) {
            return null;
        }
        List<ReportedValue> run = Forecast.run(series, latest.period(), POINTS, RecentTrend::isProportion);
        if (run.size() < POINTS) {
            return null;
        }
        BigDecimal[] x = new BigDecimal[POINTS];
        BigDecimal[] n = new BigDecimal[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = run.get(i).numerator();
            n[i] = run.get(i).denominator();
        }
        List<Period> periods = run.stream().map(ReportedValue::period).toList();
        return judge(indicator.polarity(), x, n, periods);
    }

    private static boolean isProportion(ReportedValue v) {
        BigDecimal x = v.numerator();
        BigDecimal n = v.denominator();
        return x != null && n != null && n.signum() > 0 && x.signum() >= 0 && x.compareTo(n) <= 0;
    }

    static RecentTrend judge(Polarity polarity, BigDecimal[] x, BigDecimal[] n, List<Period> periods) {
        int trend = trendSign(x, n);
        double chi2 = chiSquared(x, n);
        int outlier = trend == 0 ? -1 : firstPointThatTurnsTheSlope(x, n, trend);
        boolean significant = trend != 0 && chi2 > CRITICAL && outlier < 0;
        String span = Forecast.count(periods.get(0).frequency(), POINTS) + " ("
                + periods.get(0).text() + " to " + periods.get(POINTS - 1).text() + ")";
        String statistic = "chi-squared for trend " + twoPlaces(chi2);
        String level = CRITICAL_TEXT + " (the 99.8% level)";
        if (!significant) {
            String why;
            if (chi2 <= CRITICAL) {
                why = statistic + ", not above " + level + ".";
            } else if (outlier > 0) {
                why = statistic + " is above " + level + ", but the trend does not keep its direction with "
                        + periods.get(outlier - 1).text() + " left out.";
            } else {
                why = statistic + " is above " + level + ", but the trend does not keep its direction over the"
                        + " points.";
            }
            return new RecentTrend(
                    Direction.NO_SIGNIFICANT_CHANGE,
                    null,
                    chi2,
                    periods,
                    "No significant change over the last " + span + ": " + why);
        }
        Direction direction = trend > 0 ? Direction.INCREASING : Direction.DECREASING;
        Assessment assessment = switch (polarity) {
            case HIGHER -> trend > 0 ? Assessment.GETTING_BETTER : Assessment.GETTING_WORSE;
            case LOWER -> trend < 0 ? Assessment.GETTING_BETTER : Assessment.GETTING_WORSE;
            case NONE -> null;
        };
        String words = (trend > 0 ? "Increasing" : "Decreasing")
                + (assessment == null
                        ? ""
                        : assessment == Assessment.GETTING_BETTER ? " and getting better" : " and getting worse");
        String reason = words + ": a significant " + (trend > 0 ? "rise" : "fall") + " over the last " + span + ", "
                + statistic + ", above " + level + ", and it keeps its direction with any one "
                + Forecast.unit(periods.get(0).frequency()) + " left out.";
        return new RecentTrend(direction, assessment, chi2, periods, reason);
    }

    /**
     * chi2 = N (N sum(x t) - X sum(n t))^2 / (X (N - X) (N sum(n t^2) - (sum(n t))^2)), with
     * N = sum(n), X = sum(x), t = 1..k; worked in exact decimals, so the large sums (attendance
     * counts sessions in tens of millions) lose nothing to rounding. 0 when every point is 0% or
     * every point 100%, where there is no variation to test.
     */
    static double chiSquared(BigDecimal[] x, BigDecimal[] n) {
        BigDecimal bigN = BigDecimal.ZERO;
        BigDecimal bigX = BigDecimal.ZERO;
        BigDecimal xt = BigDecimal.ZERO;
        BigDecimal nt = BigDecimal.ZERO;
        BigDecimal ntt = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal t = BigDecimal.valueOf(i + 1L);
            bigN = bigN.add(n[i]);
            bigX = bigX.add(x[i]);
            xt = xt.add(x[i].multiply(t));
            nt = nt.add(n[i].multiply(t));
            ntt = ntt.add(n[i].multiply(t).multiply(t));
        }
        BigDecimal difference = bigN.multiply(xt).subtract(bigX.multiply(nt));
        BigDecimal denominator =
                bigX.multiply(bigN.subtract(bigX)).multiply(bigN.multiply(ntt).subtract(nt.multiply(nt)));
        if (denominator.signum() == 0) {
            return 0;
        }
        return bigN.multiply(difference)
                .multiply(difference)
                .divide(denominator, EXACT)
                .doubleValue();
    }

    /** The sign of N sum(x t) - X sum(n t): whether the proportion rises (1) or falls (-1) with t, or neither (0). */
    static int trendSign(BigDecimal[] x, BigDecimal[] n) {
        BigDecimal bigN = BigDecimal.ZERO;
        BigDecimal bigX = BigDecimal.ZERO;
        BigDecimal xt = BigDecimal.ZERO;
        BigDecimal nt = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal t = BigDecimal.valueOf(i + 1L);
            bigN = bigN.add(n[i]);
            bigX = bigX.add(x[i]);
            xt = xt.add(x[i].multiply(t));
            nt = nt.add(n[i].multiply(t));
        }
        return bigN.multiply(xt).subtract(bigX.multiply(nt)).signum();
    }

    /**
     * Fingertips' outlier check: the least-squares slope of log(x / (n - x)) on t with all the
     * points, then with each left out in turn (the others keeping their scores), must all have the
     * trend's sign. Where a point is 0% or 100% the log-odds is infinite, so the proportions
     * themselves are used.
     *
     * @return -1 if all six slopes have the sign; 0 if the slope through all the points does not;
     *     otherwise the score (1 to 5) of the first point whose leaving out changes it
     */
    static int firstPointThatTurnsTheSlope(BigDecimal[] x, BigDecimal[] n, int sign) {
        double[] y = new double[x.length];
        boolean logOdds = true;
        for (int i = 0; i < x.length; i++) {
            if (x[i].signum() == 0 || x[i].compareTo(n[i]) == 0) {
                logOdds = false;
            }
        }
        for (int i = 0; i < x.length; i++) {
            double xi = x[i].doubleValue();
            double ni = n[i].doubleValue();
            y[i] = logOdds ? Math.log(xi / (ni - xi)) : xi / ni;
        }
        for (int left = 0; left <= x.length; left++) {
            double slope = slopeWithout(y, left);
            if (Math.signum(slope) != sign) {
                return left;
            }
        }
        return -1;
    }

    /** Least-squares slope of y on t = 1..k, leaving out the point scored {@code left} (0: none). */
    static double slopeWithout(double[] y, int left) {
        double m = 0;
        double st = 0;
        double sy = 0;
        double sty = 0;
        double stt = 0;
        for (int i = 0; i < y.length; i++) {
            int t = i + 1;
            if (t == left) {
                continue;
            }
            m++;
            st += t;
            sy += y[i];
            sty += t * y[i];
            stt += (double) t * t;
        }
        return (m * sty - st * sy) / (m * stt - st * st);
    }

    private static String twoPlaces(double value) {
        return new UnitFormat(Unit.NUMBER).value(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }
}
