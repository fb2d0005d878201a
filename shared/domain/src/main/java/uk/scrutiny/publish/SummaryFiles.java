package uk.scrutiny.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import uk.scrutiny.rating.IndicatorRating;
import uk.scrutiny.rating.Summary;

/**
 * Turns a rating run into the files the dashboard reads, keyed by their object key in the site
 * bucket. The same summary always gives the same bytes (UTF-8, pretty-printed, "\n" line ends).
 */
public final class SummaryFiles {
    public static final String SUMMARY_KEY = "data/summary.json";
    public static final String INDICATOR_PREFIX = "data/indicators/";

    /** data/summary.json first, then one file per indicator in catalogue order. */
    public Map<String, byte[]> files(Summary summary) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        write(summary, files::put);
        return files;
    }

    /**
     * The same files handed over one at a time, so a large catalogue can be uploaded without
     * holding every file in memory at once.
     */
    public void write(Summary summary, BiConsumer<String, byte[]> sink) {
        write(summary, code -> true, sink);
    }

    /** The summary and only the indicator files wanted: writing the files is most of a run's cost. */
    public void write(Summary summary, Predicate<String> wantedCode, BiConsumer<String, byte[]> sink) {
        sink.accept(SUMMARY_KEY, SummaryJson.write(summary));
        for (IndicatorRating r : summary.indicators()) {
            if (wantedCode.test(r.indicator().code())) {
                sink.accept(indicatorKey(r.indicator().code()), IndicatorJson.write(summary, r));
            }
        }
    }

    /**
     * The key of an indicator's file. Codes are percent-encoded (as encodeURIComponent would, bar
     * spaces) so that a code with a slash cannot make a folder; ordinary codes are unchanged.
     */
    public static String indicatorKey(String code) {
        return INDICATOR_PREFIX
                + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20") + ".json";
    }
}
