package uk.scrutiny.rating;

import java.math.BigDecimal;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.returns.ReportedValue;

/**
 * The home figure against the benchmark area's for the same period, as public health profiles
 * compare: significantly different only when the benchmark lies outside the home figure's 95%
 * confidence interval.
 *
 * @param value    the benchmark's figure, null when it reported none for the period
 * @param interval the home figure's interval, null without a numerator and denominator
 */
public record BenchmarkComparison(
        String area, BigDecimal value, Comparison comparison, ConfidenceInterval interval, String reason) {

    /**
     * @param benchmark the benchmark area's figure for the home figure's period, or null
     */
    public static BenchmarkComparison of(
            Indicator indicator, ReportedValue home, String benchmarkArea, ReportedValue benchmark) {
        return of(indicator, home, benchmarkArea, Areas.name(benchmarkArea), benchmark);
    }

    /** @param name the benchmark's name as the areas file gives it */
    public static BenchmarkComparison of(
            Indicator indicator, ReportedValue home, String benchmarkArea, String name, ReportedValue benchmark) {
        UnitFormat format = new UnitFormat(indicator.unit());
        ConfidenceInterval interval = ConfidenceInterval.at95(indicator.unit(), home.numerator(), home.denominator())
                .orElse(null);
        BigDecimal benchmarkValue = benchmark == null ? null : benchmark.value();
        if (benchmarkValue == null) {
            return new BenchmarkComparison(
                    benchmarkArea,
                    null,
                    Comparison.NOT_COMPARED,
                    interval,
                    "Not compared with " + name + ": no " + name + " figure for "
                            + home.period().text() + ".");
        }
        String against = name + " (" + format.value(benchmarkValue) + ")";
        if (interval == null) {
            return new BenchmarkComparison(
                    benchmarkArea,
                    benchmarkValue,
                    Comparison.NOT_COMPARED,
                    null,
                    "Not compared with " + against + ": " + format.value(home.value())
                            + " has no numerator and denominator to give a confidence interval.");
        }
        Comparison comparison = compare(indicator.polarity(), interval, benchmarkValue.doubleValue());
        String figures =
                format.value(home.value()) + " (95% CI " + format.range(interval.lower(), interval.upper()) + ")";
        return new BenchmarkComparison(
                benchmarkArea,
                benchmarkValue,
                comparison,
                interval,
                words(comparison) + " " + against + ": " + figures + ".");
    }

    static Comparison compare(Polarity polarity, ConfidenceInterval interval, double benchmark) {
        if (interval.contains(benchmark)) {
            return Comparison.SIMILAR;
        }
        boolean higher = interval.lower() > benchmark;
        return switch (polarity) {
            case HIGHER -> higher ? Comparison.BETTER : Comparison.WORSE;
            case LOWER -> higher ? Comparison.WORSE : Comparison.BETTER;
            case NONE -> higher ? Comparison.HIGHER : Comparison.LOWER;
        };
    }

    private static String words(Comparison comparison) {
        return switch (comparison) {
            case BETTER -> "Better than";
            case WORSE -> "Worse than";
            case SIMILAR -> "Similar to";
            case HIGHER -> "Higher than";
            case LOWER -> "Lower than";
            case NOT_COMPARED -> "Not compared with";
        };
    }
}
