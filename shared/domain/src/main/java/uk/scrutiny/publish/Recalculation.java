package uk.scrutiny.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.commentary.CommentaryBook;
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
     * Publishes the summary and the files of the indicators that changed ({@code changed}; empty
     * means all). Only those indicators are read and re-rated when every other indicator's rating
     * result is stored from the same inputs (catalogue, targets, areas, date: the fingerprint);
     * the summary is then assembled from the stored results and the new ones, the same bytes a
     * full run gives. Otherwise every indicator is rated. Every result made is stored for the next
     * run. Returns the rating of the indicators rated.
     */
    public Summary run(LocalDate asOf, Set<String> changed) {
        long started = System.nanoTime();
        Catalogue catalogue = store.catalogue();
        Targets targets = store.targets();
        CommentaryBook commentary = store.commentary();
        RatingContext context = context(asOf);
        String fingerprint = fingerprint(catalogue, targets, context, commentary);
        long inputsRead = System.nanoTime();
        Map<String, byte[]> kept = changed.isEmpty() ? Map.of() : store.ratingResults(fingerprint);
        long keptRead = System.nanoTime();
        boolean incremental = !changed.isEmpty()
                && catalogue.indicators().stream()
                        .allMatch(i -> changed.contains(i.code()) || kept.containsKey(i.code()));
        Catalogue toRate = incremental
                ? Catalogue.of(catalogue.indicators().stream()
                        .filter(i -> changed.contains(i.code()))
                        .toList())
                : catalogue;
        List<RatingProblem> unreadable = new ArrayList<>();
        List<ReportedValue> stored = store.currentValues(toRate.indicators(), (indicator, e) -> {
            LOG.log(Level.SEVERE, "Could not read the stored figures of " + indicator.code(), e);
            unreadable.add(RatingEngine.problem(indicator, e));
        });
        long figuresRead = System.nanoTime();
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
        Catalogue readable = unreadable.isEmpty() ? toRate : without(toRate, unreadable);
        Summary computed = engine.rate(readable, targets, values, context);
        // Indicator headlines only: a priority's, which needs every indicator, is made when the summary is assembled.
        Summary rated = computed.withHeadlines(Headlines.of(computed, commentary));
        long ratedAt = System.nanoTime();
        // Indicator files first, so a reader never finds the summary pointing at files not yet written.
        Map<String, byte[]> results = new HashMap<>();
        List<RatingProblem> unpublished = new ArrayList<>();
        int written = 0;
        for (IndicatorRating r : rated.indicators()) {
            String code = r.indicator().code();
            if (!changed.isEmpty() && !changed.contains(code)) {
                results.put(code, SummaryJson.part(rated, r));
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
            results.put(code, SummaryJson.part(rated, r));
            written++;
        }
        for (RatingProblem p : concat(rated.problems(), concat(unreadable, unpublished))) {
            results.put(p.code(), problem(p));
        }
        long filesWritten = System.nanoTime();
        store.saveRatingResults(fingerprint, results);
        long resultsKept = System.nanoTime();
        List<byte[]> parts = new ArrayList<>(catalogue.size());
        List<RatingProblem> problems = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            byte[] result =
                    results.containsKey(indicator.code()) ? results.get(indicator.code()) : kept.get(indicator.code());
            RatingProblem problem = result == null ? null : readProblem(result);
            if (problem != null) {
                problems.add(problem);
            } else if (result != null) {
                parts.add(result);
            }
        }
        Summary summary = rated.withProblems(concat(unreadable, unpublished));
        site.put(
                SummaryFiles.SUMMARY_KEY,
                SummaryJson.assemble(
                        context, parts, problems, (code, rollup) -> Headlines.priority(code, rollup, commentary)),
                "application/json",
                DATA_CACHE_CONTROL);
        if (changed.isEmpty()) {
            removeUnlisted(catalogue);
        }
        long finished = System.nanoTime();
        int files = written;
        boolean partial = incremental;
        // Where the time went, so that an operator can see which part grows with the data.
        String phases = "catalogue, targets and commentary " + millis(started, inputsRead) + ", kept results "
                + millis(inputsRead, keptRead) + ", figures " + millis(keptRead, figuresRead) + ", rating "
                + millis(figuresRead, ratedAt) + ", files " + millis(ratedAt, filesWritten) + ", keeping results "
                + millis(filesWritten, resultsKept) + ", summary " + millis(resultsKept, finished);
        LOG.info(() -> "Published the summary and " + files + " indicator files as of " + asOf + " ("
                + (partial
                        ? toRate.size() + " of " + catalogue.size() + " indicators re-rated"
                        : catalogue.size() + " indicators")
                + ", " + values.size() + " figures, " + problems.size() + " problems) in "
                + millis(started, finished) + " (" + phases + ")");
        return summary;
    }

    /**
     * What a stored rating result depends on besides the indicator's own figures: the date, the
     * home and benchmark areas, the areas file, the disclosure threshold, the catalogue, the
     * targets and the commentary (an indicator's headline can be judged). A result made from other
     * inputs is not used, so a change to any of them makes the next publish a full one.
     */
    static String fingerprint(Catalogue catalogue, Targets targets, RatingContext context, CommentaryBook commentary) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : List.of(
                    context.asOf(),
                    context.homeArea(),
                    context.benchmarkArea(),
                    context.suppressionThreshold(),
                    context.areas().all(),
                    catalogue.indicators(),
                    targets.all().stream()
                            .map(t -> t.indicatorCode() + "|" + t.period().frequency() + "|"
                                    + t.period().sortKey() + "|" + t.target() + "|" + t.amberTolerance())
                            .toList(),
                    commentary.fingerprint())) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "v1:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] problem(RatingProblem p) {
        try (JsonOut out = new JsonOut(512)) {
            out.startObject();
            out.startObject("problem");
            out.field("code", p.code());
            out.field("title", p.title());
            out.field("message", p.message());
            out.endObject();
            out.endObject();
            return out.toBytes();
        }
    }

    private static String millis(long from, long to) {
        return (to - from) / 1_000_000 + " ms";
    }

    private static RatingProblem readProblem(byte[] result) {
        try {
            // A kept result is a problem when its first field is "problem": look no further for the rest.
            try (com.fasterxml.jackson.core.JsonParser first =
                    JsonOut.READER.getFactory().createParser(result)) {
                if (first.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT
                        || first.nextToken() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                        || !"problem".equals(first.currentName())) {
                    return null;
                }
            }
            JsonNode node = JsonOut.READER.readTree(result).get("problem");
            return node == null
                    ? null
                    : new RatingProblem(
                            node.get("code").asText(),
                            node.get("title").asText(),
                            node.get("message").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
