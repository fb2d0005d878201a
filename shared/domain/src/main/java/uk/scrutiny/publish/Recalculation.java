package uk.scrutiny.publish;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.rating.Disclosure;
import uk.scrutiny.rating.Headlines;
import uk.scrutiny.rating.IndicatorRating;
import uk.scrutiny.rating.RatingContext;
import uk.scrutiny.rating.RatingEngine;
import uk.scrutiny.rating.RatingProblem;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.ReportedValue;

/**
 * Rates every indicator from what is stored and publishes the summary and each indicator's series
 * to the site bucket. Each indicator is read, rated and written on its own: one that fails is
 * listed in the summary's problems and the rest are still published. Only a failure of the whole
 * run (the store or the bucket unreachable) fails it, so that it is retried.
 */
public final class Recalculation {
    private static final Logger LOG = Logger.getLogger(Recalculation.class.getName());
    /** Short enough that a new return shows on the dashboard within a minute (CloudFront honours it). */
    public static final String DATA_CACHE_CONTROL = "public, max-age=30, must-revalidate";

    private final StoredFigures store;
    private final SiteBucket site;
    private final String homeArea;
    private final String benchmarkArea;
    private final int suppressionThreshold;
    private final Clock clock;
    private final RatingEngine engine = new RatingEngine();

    public Recalculation(StoredFigures store, SiteBucket site, String homeArea, String benchmarkArea, Clock clock) {
        this(store, site, homeArea, benchmarkArea, Disclosure.DEFAULT_THRESHOLD, clock);
    }

    /**
     * @param homeArea             the home area when no areas file is in force (the file's home area otherwise)
     * @param benchmarkArea        the benchmark when no areas file is in force (the file's national area otherwise)
     * @param suppressionThreshold sub-area figures counting from 1 to this less one are not published
     */
    public Recalculation(
            StoredFigures store,
            SiteBucket site,
            String homeArea,
            String benchmarkArea,
            int suppressionThreshold,
            Clock clock) {
        this.store = store;
        this.site = site;
        this.homeArea = homeArea;
        this.benchmarkArea = benchmarkArea;
        this.suppressionThreshold = suppressionThreshold;
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
        long started = System.nanoTime();
        Catalogue catalogue = store.catalogue();
        List<RatingProblem> unreadable = new ArrayList<>();
        List<ReportedValue> stored = store.currentValues(catalogue.indicators(), (indicator, e) -> {
            LOG.log(Level.SEVERE, "Could not read the stored figures of " + indicator.code(), e);
            unreadable.add(RatingEngine.problem(indicator, e));
        });
        // A withdrawn figure is not rated or charted; its indicator's file says it was withdrawn.
        List<ReportedValue> values = new ArrayList<>(stored.size());
        Map<String, List<ReportedValue>> withdrawals = new HashMap<>();
        for (ReportedValue v : stored) {
            if (v.withdrawn()) {
                withdrawals
                        .computeIfAbsent(v.indicatorCode(), k -> new ArrayList<>())
                        .add(v);
            } else {
                values.add(v);
            }
        }
        Catalogue readable = unreadable.isEmpty() ? catalogue : without(catalogue, unreadable);
        Summary computed = engine.rate(readable, store.targets(), values, context(asOf));
        Summary rated = computed.withHeadlines(Headlines.of(computed, store.commentary()));
        // Indicator files first, so a reader never finds the summary pointing at files not yet written.
        List<RatingProblem> unpublished = new ArrayList<>();
        int written = 0;
        for (IndicatorRating r : rated.indicators()) {
            String code = r.indicator().code();
            if (!changed.isEmpty() && !changed.contains(code)) {
                continue;
            }
            byte[] body;
            try {
                body = IndicatorJson.write(rated, r, withdrawals.getOrDefault(code, List.of()));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not write the file of " + code, e);
                unpublished.add(RatingEngine.problem(r.indicator(), e));
                continue;
            }
            // A refused write is a failure of the whole run (the bucket, not the indicator): it propagates.
            site.put(SummaryFiles.indicatorKey(code), body, "application/json", DATA_CACHE_CONTROL);
            written++;
        }
        Summary summary = rated.withProblems(concat(unreadable, unpublished));
        site.put(SummaryFiles.SUMMARY_KEY, SummaryJson.write(summary), "application/json", DATA_CACHE_CONTROL);
        if (changed.isEmpty()) {
            removeUnlisted(catalogue);
        }
        int files = written;
        LOG.info(() -> "Published the summary and " + files + " indicator files as of " + asOf + " ("
                + catalogue.size() + " indicators, " + values.size() + " figures, "
                + summary.problems().size()
                + " problems) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return summary;
    }

    /** The areas file's home and national areas when one is in force, else the template's defaults. */
    private RatingContext context(LocalDate asOf) {
        AreaList areas = store.areas();
        return new RatingContext(
                asOf,
                areas.home().orElse(homeArea),
                areas.national().orElse(benchmarkArea),
                clock.instant(),
                areas,
                suppressionThreshold);
    }

    /**
     * Deletes the files of indicators no longer in the catalogue, after the summary stops listing
     * them, so that a removed indicator's stale page is not left public.
     */
    private void removeUnlisted(Catalogue catalogue) {
        Set<String> listed = new HashSet<>();
        catalogue.indicators().forEach(i -> listed.add(SummaryFiles.indicatorKey(i.code())));
        for (String key : site.keys(SummaryFiles.INDICATOR_PREFIX)) {
            if (!listed.contains(key)) {
                LOG.info(() -> "Removed " + key + ": its indicator is no longer in the catalogue");
                site.delete(key);
            }
        }
    }

    private static Catalogue without(Catalogue catalogue, List<RatingProblem> problems) {
        Set<String> codes = new HashSet<>();
        problems.forEach(p -> codes.add(p.code()));
        return Catalogue.of(catalogue.indicators().stream()
                .filter(i -> !codes.contains(i.code()))
                .toList());
    }

    private static List<RatingProblem> concat(List<RatingProblem> a, List<RatingProblem> b) {
        List<RatingProblem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
