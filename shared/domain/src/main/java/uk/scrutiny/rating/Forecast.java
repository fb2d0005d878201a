package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * The baseline forecast, "if nothing changes": the least-squares straight line through the last 3
 * to 5 consecutive figures (no gap) ending at a period, continued one period on. The line is
 * worked in exact decimals, then the forecast is given as precisely as the figures it came from
 * (and never below 0, nor above 100 for a percentage, which no figure can be).
 *
 * @param period the period forecast, the one after the last of {@code basis}
 * @param value  rounded as the basis figures are reported
 * @param basis  the periods the line was fitted to, oldest first
 * @param slope  the line's change per period, unrounded
 */
public record Forecast(Period period, BigDecimal value, List<Period> basis, BigDecimal slope, String reason) {
    public static final int FEWEST = 3;
    public static final int MOST = 5;

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Forecast {
        basis = List.copyOf(basis);
    }

    /**
     * The forecast for the period after {@code last}, from the figures ending at {@code last}.
     *
     * @return null with fewer than 3 consecutive figures ending at {@code last}
     */
    public static Forecast after(Indicator indicator, AreaSeries series, Period last) {
        List<ReportedValue> run = run(series, last, MOST, v -> true);
        if (run.size() < FEWEST) {
            return null;
        }
        int n = run.size();
        // Scores centred on the mean period, doubled to stay whole: u = 2x - (n + 1) for x = 1..n.
        BigDecimal sumY = BigDecimal.ZERO;
        BigDecimal sumUY = BigDecimal.ZERO;
        long sumUU = 0;
        for (int i = 0; i < n; i++) {
            long u = 2L * (i + 1) - (n + 1);
            BigDecimal y = run.get(i).value();
            sumY = sumY.add(y);
            sumUY = sumUY.add(y.multiply(BigDecimal.valueOf(u)));
            sumUU += u * u;
        }
        // slope b = Sxy / Sxx = 2 sum(u y) / sum(u^2); at x = n + 1, mean(y) + b (n + 1 - mean(x)) = mean(y) + b (n +
        // 1) / 2.
        BigDecimal slope = sumUY.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(sumUU), EXACT);
        BigDecimal line = sumY.divide(BigDecimal.valueOf(n), EXACT)
                .add(sumUY.multiply(BigDecimal.valueOf(n + 1L)).divide(BigDecimal.valueOf(sumUU), EXACT));
        int scale = scale(indicator.unit(), run);
        BigDecimal value = line.setScale(scale, RoundingMode.HALF_UP);
        String limit = "";
        if (value.signum() < 0) {
            value = BigDecimal.ZERO.setScale(scale);
            limit = " (the line goes below 0, so 0 is taken)";
        } else if (indicator.unit().kind() == Unit.Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
            value = HUNDRED.setScale(scale);
            limit = " (the line goes above 100%, so 100% is taken)";
        }
        List<Period> basis = run.stream().map(ReportedValue::period).toList();
        Period period = last.next();
        UnitFormat format = new UnitFormat(indicator.unit());
        String reason = "If nothing changes: " + format.value(value) + " in " + period.text() + limit
                + ", continuing the least-squares straight line through the last " + count(last.frequency(), n)
                + " (" + basis.get(0).text() + " to " + last.text() + "), "
                + movement(format, slope, scale + 1, last.frequency()) + ".";
        return new Forecast(period, value, basis, slope, reason);
    }

    private static String movement(UnitFormat format, BigDecimal slope, int scale, Frequency frequency) {
        BigDecimal shown = slope.setScale(scale, RoundingMode.HALF_UP);
        if (shown.signum() == 0) {
            return "which is flat";
        }
        return (shown.signum() > 0 ? "which rises " : "which falls ") + format.amount(shown.abs()) + " a "
                + unit(frequency);
    }

    /**
     * The figures of consecutive periods ending at {@code last}, oldest first, at most {@code most}
     * of them, stopping at the first gap, row without a value, or figure {@code usable} refuses.
     */
    static List<ReportedValue> run(AreaSeries series, Period last, int most, Predicate<ReportedValue> usable) {
        Deque<ReportedValue> run = new ArrayDeque<>(most);
        Period p = last;
        while (run.size() < most) {
            ReportedValue v = series.at(p);
            if (v == null || v.value() == null || !usable.test(v)) {
                break;
            }
            run.addFirst(v);
            p = p.previous();
        }
        return List.copyOf(run);
    }

    /** As precise as the figures: their reported decimals (computed figures: 1 place, counts whole). */
    private static int scale(Unit unit, List<ReportedValue> run) {
        int scale = 0;
        for (ReportedValue v : run) {
            scale = Math.max(scale, shownScale(unit, v.value()));
        }
        return scale;
    }

    /**
     * The decimal places a figure is shown with (as {@link UnitFormat} shows it): as reported, up to
     * 3; a figure computed from its numerator and denominator to 1 place, a count whole.
     */
    static int shownScale(Unit unit, BigDecimal value) {
        if (value.stripTrailingZeros().scale() <= 3) {
            return Math.max(
                    0,
                    value.scale() <= 3
                            ? value.scale()
                            : value.stripTrailingZeros().scale());
        }
        return unit.kind() == Unit.Kind.COUNT ? 0 : 1;
    }

    /** "5 quarters", "3 months", "4 years". */
    static String count(Frequency frequency, int n) {
        return n + " " + unit(frequency) + (n == 1 ? "" : "s");
    }

    static String unit(Frequency frequency) {
        return switch (frequency) {
            case QUARTERLY -> "quarter";
            case MONTHLY -> "month";
            default -> "year";
        };
    }
}
