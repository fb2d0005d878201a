package uk.scrutiny.publish;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.rating.RatingContext;
import uk.scrutiny.rating.RatingEngine;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.ReportedValue;

/**
 * Rates every indicator from what is stored and publishes the summary and each indicator's series
 * to the site bucket. Everything is recomputed each time: the summary is a roll-up of all
 * indicators anyway, and lateness changes with the date alone.
 */
public final class Recalculation {
    private static final Logger LOG = Logger.getLogger(Recalculation.class.getName());
    /** Short enough that a new return shows on the dashboard within a minute (CloudFront honours it). */
    public static final String DATA_CACHE_CONTROL = "public, max-age=30, must-revalidate";

    private final StoredFigures store;
    private final SiteBucket site;
    private final String homeArea;
    private final String benchmarkArea;
    private final Clock clock;
    private final RatingEngine engine = new RatingEngine();
    private final SummaryFiles files = new SummaryFiles();

    public Recalculation(StoredFigures store, SiteBucket site, String homeArea, String benchmarkArea, Clock clock) {
        this.store = store;
        this.site = site;
        this.homeArea = homeArea;
        this.benchmarkArea = benchmarkArea;
        this.clock = clock;
    }

    /** Rates as of the given date and publishes everything. */
    public Summary run(LocalDate asOf) {
        return run(asOf, Set.of());
    }

    /**
     * Rates every indicator as of the given date (the roll-ups need them all) and publishes the
     * summary and the files of the indicators that changed ({@code changed}; empty means all).
     */
    public Summary run(LocalDate asOf, Set<String> changed) {
        Catalogue catalogue = store.catalogue();
        List<ReportedValue> values = store.currentValues(catalogue.indicators());
        Summary summary = engine.rate(
                catalogue, store.targets(), values, new RatingContext(asOf, homeArea, benchmarkArea, clock.instant()));
        int[] written = {0};
        // The summary goes last, so a reader never finds it pointing at indicator files not yet written.
        byte[][] summaryBytes = new byte[1][];
        files.write(summary, code -> changed.isEmpty() || changed.contains(code), (key, body) -> {
            if (key.equals(SummaryFiles.SUMMARY_KEY)) {
                summaryBytes[0] = body;
            } else {
                site.put(key, body, "application/json", DATA_CACHE_CONTROL);
                written[0]++;
            }
        });
        site.put(SummaryFiles.SUMMARY_KEY, summaryBytes[0], "application/json", DATA_CACHE_CONTROL);
        LOG.info(() -> "Published the summary and " + written[0] + " indicator files as of " + asOf + " ("
                + catalogue.size() + " indicators, " + values.size() + " figures)");
        return summary;
    }
}
