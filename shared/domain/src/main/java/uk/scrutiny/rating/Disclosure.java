package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.returns.ReportedValue;

/**
 * Statistical disclosure control for published sub-area figures. A figure counting from 1 to
 * threshold - 1 people (its numerator, or its value for a count) is never published (primary
 * suppression). When exactly one figure of a period is suppressed, the next smallest is suppressed
 * too (secondary suppression), or the first could be worked out by taking the others from the home
 * area's total. Zero is published: it identifies no one. A figure with no numerator cannot be judged
 * and is published as reported. The store keeps every real figure; only publication is controlled.
 */
public final class Disclosure {
    /** The template's SuppressionThreshold default: 1 to 4 are suppressed. */
    public static final int DEFAULT_THRESHOLD = 5;

    private Disclosure() {}

    /**
     * The suppressed figures of one period, by area code.
     *
     * @param figures one figure per sub-area, all for the same period
     */
    public static Map<String, Suppression> suppressed(List<ReportedValue> figures, Unit unit, int threshold) {
        BigDecimal limit = BigDecimal.valueOf(threshold);
        Map<String, Suppression> suppressed = new LinkedHashMap<>();
        List<ReportedValue> others = new ArrayList<>();
        for (ReportedValue v : figures) {
            BigDecimal n = counted(v, unit);
            if (n != null && n.signum() > 0 && n.compareTo(limit) < 0) {
                suppressed.put(v.areaCode(), Suppression.SMALL_NUMBER);
            } else if (n != null) {
                others.add(v);
            }
        }
        if (suppressed.size() == 1 && !others.isEmpty()) {
            ReportedValue next = others.stream()
                    .min(Comparator.comparing((ReportedValue v) -> counted(v, unit))
                            .thenComparing(ReportedValue::areaCode))
                    .orElseThrow();
            suppressed.put(next.areaCode(), Suppression.SECONDARY);
        }
        return suppressed;
    }

    /** The number of people a figure counts: the value of a count, otherwise its numerator (null when not given). */
    static BigDecimal counted(ReportedValue v, Unit unit) {
        if (unit.kind() == Unit.Kind.COUNT) {
            return v.value() != null ? v.value() : v.numerator();
        }
        return v.numerator();
    }
}
