package uk.scrutiny.publish;

import java.util.concurrent.ConcurrentHashMap;
import uk.scrutiny.period.Period;

/**
 * Period labels, remembered: Period.text() formats with String.format, and a chart file writes
 * the same few dozen periods hundreds of times. A run only ever sees a few hundred periods.
 */
final class PeriodText {
    private static final ConcurrentHashMap<Period, String> CACHE = new ConcurrentHashMap<>();

    private PeriodText() {}

    static String of(Period period) {
        return period == null ? null : CACHE.computeIfAbsent(period, Period::text);
    }
}
