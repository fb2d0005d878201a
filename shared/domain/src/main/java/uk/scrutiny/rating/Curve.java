package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/**
 * "Turning the curve": the latest figure against the baseline forecast made without it, from the
 * 3 to 5 consecutive figures before it. Turned means better than that baseline, by polarity; the
 * same as the baseline, or worse, is not turned. The two are compared as they are shown (the
 * baseline as precisely as the figures it came from), so the reason never calls a figure better
 * than one that reads the same.
 *
 * @param forecast the baseline value for the latest period
 * @param basis    the periods the baseline was fitted to, oldest first
 */
public record Curve(Status status, BigDecimal forecast, List<Period> basis, String reason) {
    public enum Status {
        TURNED,
        NOT_TURNED
    }

    public Curve {
        basis = List.copyOf(basis);
    }

    /** @return null for polarity none, or with fewer than 3 consecutive figures just before the latest */
    public static Curve of(Indicator indicator, AreaSeries series, ReportedValue latest) {
        if (indicator.polarity() == Polarity.NONE) {
            return null;
        }
        Forecast baseline = Forecast.after(indicator, series, latest.period().previous());
        if (baseline == null) {
            return null;
        }
        int sign = indicator.polarity() == Polarity.HIGHER ? 1 : -1;
        // Compared as both are shown: 4.5957% (881 of 19,170) reads 4.6%, the same as a 4.6% baseline.
        BigDecimal shown =
                latest.value().setScale(Forecast.shownScale(indicator.unit(), latest.value()), RoundingMode.HALF_UP);
        int better = shown.compareTo(baseline.value()) * sign;
        Status status = better > 0 ? Status.TURNED : Status.NOT_TURNED;
        UnitFormat format = new UnitFormat(indicator.unit());
        String comparison = better > 0 ? "better than" : better < 0 ? "worse than" : "the same as";
        List<Period> basis = baseline.basis();
        String reason = (status == Status.TURNED ? "Turned the curve: " : "Not turned: ")
                + format.value(latest.value()) + " in " + latest.period().text() + " is " + comparison + " the "
                + format.value(baseline.value()) + " expected if nothing had changed (the straight line through the "
                + Forecast.count(latest.period().frequency(), basis.size()) + " "
                + basis.get(0).text() + " to "
                + basis.get(basis.size() - 1).text() + ", continued to "
                + latest.period().text() + "; "
                + (indicator.polarity() == Polarity.HIGHER ? "higher" : "lower") + " is better).";
        return new Curve(status, baseline.value(), basis, reason);
    }
}
