package uk.scrutiny.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.areas.AreasReader;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.CatalogueChange;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.TargetsReader;
import uk.scrutiny.commentary.Commentary;
import uk.scrutiny.commentary.CommentaryReader;
import uk.scrutiny.validation.Printable;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/**
 * Validates one uploaded file and, only if it has no problem at all, stores it; then writes the
 * provider's report. A return is copied to temporary disk and read twice as a stream: once to find
 * every problem, once to store, so a rejected file stores nothing and memory does not grow with
 * the file.
 */
public final class UploadProcessor implements UploadService {
    private static final Logger LOG = Logger.getLogger(UploadProcessor.class.getName());
    /**
     * 10 MB: about 290,000 rows of a typical return (36 bytes a row), which the whole path (validate,
     * store two items a row, the recalculation after) handles inside the function's 300 s and 1 GB
     * with a margin; the README's storage section has the arithmetic.
     */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /**
     * Values handed to the store at a time: 200 of DynamoDB's 25-item BatchWriteItem requests, so
     * that the requests in flight rarely wait for a batch's slowest one, and a promotion's lock and
     * release (two round trips) are paid once per 5,000 values; a few MB, so memory stays flat.
     * 1,000 gave 1,746 rows/s against 2,098 at 5,000 with a modelled 20 ms round trip
     * ({@code bench-ingest}).
     */
    static final int BATCH = 5_000;

    private final ReturnsBucket bucket;
    private final ReturnStore store;
    private final long maxBytes;
    private final Clock clock;
    private final Predicate<RuntimeException> transientFailure;
    private final Notices notices;

    public UploadProcessor(ReturnsBucket bucket, ReturnStore store, long maxBytes) {
        this(bucket, store, maxBytes, Clock.systemUTC(), e -> e instanceof UncheckedIOException);
    }

    /**
     * @param transientFailure says which failures are worth retrying (throttling, the network, a
     *     service's 5xx): those are thrown so that Lambda retries; any other failure is reported to
     *     the provider at once, since retrying would fail the same way
     */
    public UploadProcessor(
            ReturnsBucket bucket,
            ReturnStore store,
            long maxBytes,
            Clock clock,
            Predicate<RuntimeException> transientFailure) {
        this(bucket, store, maxBytes, clock, transientFailure, Notices.NONE);
    }

    /** @param notices where to tell a provider that an upload was rejected */
    public UploadProcessor(
            ReturnsBucket bucket,
            ReturnStore store,
            long maxBytes,
            Clock clock,
            Predicate<RuntimeException> transientFailure,
            Notices notices) {
        this.bucket = bucket;
        this.store = store;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.transientFailure = transientFailure;
        this.notices = notices;
    }

    @Override
    public Report process(Upload upload) {
        try {
            return processOnce(upload);
        } catch (UploadSupersededException e) {
            LOG.info(() -> "Skipped " + upload.forLog() + ": " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            if (transientFailure.test(e)) {
                LOG.log(
                        Level.WARNING,
                        "A service was unavailable while processing " + upload.forLog() + "; retrying",
                        e);
                reportQuietly(upload, unavailable(upload, e));
                throw e;
            }
            LOG.log(Level.SEVERE, "Could not process " + upload.forLog(), e);
            Report report = couldNotProcess(upload, e);
            try {
                store.reject(upload, 1);
            } catch (RuntimeException ignored) {
                // The report below still tells the provider; the ledger item stays unfinished.
            }
            writeReport(UploadKey.of(upload.key()), report);
            return report;
        }
    }

    /** A failure that would happen again on a retry: the provider is told at once, and nothing is stored. */
    private Report couldNotProcess(Upload upload, RuntimeException e) {
        UploadKey key = UploadKey.of(upload.key());
        Problems problems = new Problems();
        problems.add(Problem.ofFile("This file could not be processed (" + plainReason(e) + "). Nothing from it was"
                + " stored. Check that it is a CSV return in the documented format and upload it again; if this"
                + " keeps happening, send this report to the performance team."));
        return report(upload, key, problems, 0, 0);
    }

    /** Written before each retry, so the last one a provider sees after the final retry says what happened. */
    private Report unavailable(Upload upload, RuntimeException e) {
        UploadKey key = UploadKey.of(upload.key());
        Problems problems = new Problems();
        problems.add(Problem.ofFile("A service this system depends on was unavailable while your file was being"
                + " processed (" + plainReason(e) + "). Nothing from it has been stored. It is tried again"
                + " automatically, up to three times in all; this report is replaced when it succeeds. If it still"
                + " says REJECTED after ten minutes, the performance team has been alerted: upload the file again"
                + " later."));
        return report(upload, key, problems, 0, 0).withNote("retrying");
    }

    private void reportQuietly(Upload upload, Report report) {
        try {
            writeReport(UploadKey.of(upload.key()), report);
        } catch (RuntimeException ignored) {
            // The bucket may be what is unavailable; the retry will report.
        }
    }

    private static String plainReason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\p{Cntrl}", " ");
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    private Report processOnce(Upload upload) {
        return processOnce(upload, null);
    }

    private Report processOnce(Upload upload, String recheckNote) {
        UploadKey key = UploadKey.of(upload.key());
        FileState state = store.begin(upload, key.provider());
        if (state == FileState.DONE && finishedReportExists(key, upload)) {
            LOG.info(() -> "Already processed, nothing to do: " + upload.forLog());
            return null;
        }
        Problems problems = new Problems();
        Report report;
        if (upload.size() > maxBytes) {
            problems.add(Problem.ofFile("The file is " + upload.size() + " bytes, over the limit of " + maxBytes
                    + " bytes, so nothing in it was read: split it into smaller returns of at most " + maxBytes
                    + " bytes each (for example one file per indicator, or per year), each with the same header"
                    + " line, and upload each."));
            report = report(upload, key, problems, 0, 0);
        } else {
            report = switch (key.kind()) {
                case CATALOGUE -> processCatalogue(upload, key, problems, state);
                case TARGETS -> processTargets(upload, key, problems, state);
                case AREAS -> processAreas(upload, key, problems, state);
                case COMMENTARY -> processCommentary(upload, key, problems, state);
                case RETURN -> processReturn(upload, key, problems, state);
                case OUTSIDE_LAYOUT -> {
                    problems.add(Problem.ofFile(key.layoutAdvice()));
                    yield report(upload, key, problems, 0, 0);
                }
            };
        }
        if (!report.accepted() && state != FileState.DONE) {
            store.reject(upload, report.errorCount());
        }
        if (recheckNote != null) {
            report = report.withNote(report.note() == null ? recheckNote : recheckNote + " " + report.note());
        }
        writeReport(key, report);
        return report;
    }

    /**
     * Checks again every return rejected only because an older catalogue lacked its indicators or
     * its provider, now that a newer catalogue is in force. Each is claimed before it is checked, so
     * a repeated catalogue event checks it once; one that fails is left for the next catalogue.
     */
    private void recheckAwaiting() {
        for (Upload waiting : store.awaitingCatalogue()) {
            if (!store.reopen(waiting)) {
                continue;
            }
            try {
                Report report = processOnce(
                        waiting,
                        "Checked again on " + clock.instant().toString().substring(0, 10)
                                + " because a newer indicator catalogue was uploaded.");
                LOG.info(() -> "Checked " + waiting.forLog() + " again: "
                        + (report == null ? "nothing to do" : report.status()));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not check " + waiting.forLog() + " again", e);
            }
        }
    }

    private Report processCatalogue(Upload upload, UploadKey key, Problems problems, FileState state) {
        Catalogue catalogue;
        CatalogueReader reader = new CatalogueReader();
        try (InputStream in = bucket.open(upload)) {
            catalogue = reader.read(in, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems warnings = new Problems();
        if (problems.isEmpty() && state != FileState.DONE && state != FileState.COMMITTED) {
            CatalogueChange.check(
                    store.catalogue(),
                    catalogue,
                    store.targets(),
                    reader::lineOf,
                    store::hasFigures,
                    problems,
                    warnings);
        }
        if (problems.isEmpty() && state != FileState.DONE) {
            store.replaceCatalogue(upload, catalogue);
            store.commit(upload, reader.rowsRead(), Set.of());
            store.finish(upload);
            recheckAwaiting();
        }
        return report(upload, key, problems, reader.rowsRead(), catalogue.size())
                .withWarnings(warnings.listed());
    }

    private Report processTargets(Upload upload, UploadKey key, Problems problems, FileState state) {
        Targets targets;
        TargetsReader reader = new TargetsReader(store.catalogue());
        try (InputStream in = bucket.open(upload)) {
            targets = reader.read(in, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems warnings = new Problems();
        if (problems.isEmpty() && state != FileState.DONE) {
            CatalogueChange.removedTargets(store.targets(), targets, warnings);
            store.replaceTargets(upload, targets);
            store.commit(upload, reader.rowsRead(), Set.of());
            store.finish(upload);
        }
        return report(upload, key, problems, reader.rowsRead(), targets.all().size())
                .withWarnings(warnings.listed());
    }

    /** Like the catalogue: read whole, stored only without a problem, in force only if no newer upload is. */
    private Report processAreas(Upload upload, UploadKey key, Problems problems, FileState state) {
        AreaList areas;
        AreasReader reader = new AreasReader();
        try (InputStream in = bucket.open(upload)) {
            areas = reader.read(in, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty() && state != FileState.DONE) {
            store.replaceAreas(upload, areas);
            store.commit(upload, reader.rowsRead(), Set.of());
            store.finish(upload);
        }
        return report(upload, key, problems, reader.rowsRead(), areas.size());
    }

    /**
     * Read whole against the catalogue in force and stored only without a problem. Rejected only for
     * codes the catalogue lacks, it waits for a newer catalogue as a return does (S3 events race).
     */
    private Report processCommentary(Upload upload, UploadKey key, Problems problems, FileState state) {
        CommentaryReader reader = new CommentaryReader(store.catalogue());
        List<Commentary> rows;
        try (InputStream in = bucket.open(upload)) {
            rows = reader.read(in, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            if (reader.catalogueProblems() == problems.total() && state != FileState.DONE) {
                store.awaitCatalogue(upload, null);
                return report(upload, key, problems, reader.rowsRead(), 0)
                        .withNote("Rejected only because the indicator catalogue in force does not list these codes."
                                + " It is checked again automatically when a newer catalogue is uploaded, and this"
                                + " report is replaced.");
            }
            return report(upload, key, problems, reader.rowsRead(), 0);
        }
        if (state != FileState.DONE) {
            store.stageCommentary(upload, rows);
            store.commit(upload, reader.rowsRead(), indicatorsNamed(rows));
            store.finish(upload);
        }
        return report(upload, key, problems, reader.rowsRead(), rows.size());
    }

    /** The indicators whose files a commentary file changes: those it names, and the indicators of the priorities it names. */
    private Set<String> indicatorsNamed(List<Commentary> rows) {
        Set<String> codes = new TreeSet<>();
        for (Commentary c : rows) {
            if (c.kind() == Commentary.Kind.INDICATOR) {
                codes.add(c.code());
            } else {
                store.catalogue().indicators().stream()
                        .filter(i -> i.priorityCode().equals(c.code()))
                        .forEach(i -> codes.add(i.code()));
            }
        }
        return codes;
    }

    private Report processReturn(Upload upload, UploadKey key, Problems problems, FileState state) {
        ReturnReader reader = new ReturnReader(store.catalogue(), key.provider(), upload.eventTime())
                .checkingAreas(store.areas()::problemWith)
                .checkingWithdrawals(store::isCurrent);
        long rows;
        long[] good = {0};
        // At most the catalogue's indicators, so small whatever the file's size.
        Set<String> indicators = new TreeSet<>();
        try (LocalCopy copy = LocalCopy.of(bucket.open(upload))) {
            if (state == FileState.COMMITTED) {
                // Validated, stored and committed by a delivery that stopped while promoting: finish that.
                long[] counts = promoteReturn(upload, reader, copy);
                store.finish(upload);
                return report(upload, key, problems, counts[0], counts[1]);
            }
            try (InputStream in = copy.open()) {
                rows = reader.read(in, problems, o -> {
                    good[0]++;
                    indicators.add(o.indicatorCode());
                });
            }
            if (!problems.isEmpty()) {
                if (reader.catalogueProblems() == problems.total() && state != FileState.DONE) {
                    // Only the catalogue was wrong for it: a newer catalogue may arrive (S3 events race).
                    store.awaitCatalogue(upload, key.provider());
                    return report(upload, key, problems, rows, 0)
                            .withNote("Rejected only because the indicator catalogue in force does not allow"
                                    + " these rows. It is checked again automatically when a newer catalogue is"
                                    + " uploaded, and this report is replaced.");
                }
                return report(upload, key, problems, rows, 0);
            }
            if (state != FileState.DONE) {
                storeReturn(upload, key, reader, copy);
                store.commit(upload, rows, indicators);
                promoteReturn(upload, reader, copy);
                store.finish(upload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report(upload, key, problems, rows, good[0]);
    }

    /** The second pass: the same rows, now known to be good, written in batches of 25. */
    private void storeReturn(Upload upload, UploadKey key, ReturnReader reader, LocalCopy copy) {
        List<Observation> batch = new ArrayList<>(BATCH);
        Problems again = new Problems();
        try (InputStream in = copy.open()) {
            reader.read(in, again, o -> {
                batch.add(o);
                if (batch.size() == BATCH) {
                    store.stage(upload, key.provider(), batch);
                    batch.clear();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!again.isEmpty()) {
            throw new IllegalStateException("The copy of " + upload.forLog() + " read differently the second time");
        }
        if (!batch.isEmpty()) {
            store.stage(upload, key.provider(), batch);
        }
    }

    /**
     * The third pass, after the commit: every value made its figure's current value (unless a
     * newer upload's is). Returns the rows read and the values promoted.
     */
    private long[] promoteReturn(Upload upload, ReturnReader reader, LocalCopy copy) {
        List<Observation> batch = new ArrayList<>(BATCH);
        Problems again = new Problems();
        long[] promoted = {0};
        long rows;
        try (InputStream in = copy.open()) {
            rows = reader.read(in, again, o -> {
                batch.add(o);
                promoted[0]++;
                if (batch.size() == BATCH) {
                    store.promote(upload, batch);
                    batch.clear();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!batch.isEmpty()) {
            store.promote(upload, batch);
        }
        if (!again.isEmpty()) {
            // Only after a retry under a changed catalogue: the file is committed, so what reads is promoted.
            LOG.warning(() -> "The committed file " + upload.forLog() + " now reads with " + again.total()
                    + " problems; promoted its " + promoted[0] + " readable rows");
        }
        return new long[] {rows, promoted[0]};
    }

    private Report report(Upload upload, UploadKey key, Problems problems, long rowsRead, long rowsAccepted) {
        boolean ok = problems.isEmpty();
        return new Report(
                ok ? Report.ACCEPTED : Report.REJECTED,
                key.key(),
                key.provider(),
                rowsRead,
                ok ? rowsAccepted : 0,
                problems.total(),
                problems.listed(),
                upload.versionId(),
                upload.eTag(),
                upload.order(),
                clock.instant().toString(),
                List.of(),
                null,
                upload.uploadedBy());
    }

    /**
     * Writes the report unless the one already there describes a newer upload of the same key:
     * two versions processed in reverse order must leave the newer one's report.
     */
    private void writeReport(UploadKey key, Report report) {
        Optional<String> existing = bucket.readReport(key.reportKey()).flatMap(ReportJson::order);
        if (existing.isPresent() && existing.get().compareTo(report.order()) > 0) {
            LOG.info(() -> "Kept the report of a newer upload of " + Printable.escaped(key.reportKey()));
            return;
        }
        bucket.putReport(key.reportKey(), ReportJson.write(report));
        if (!report.accepted() && !"retrying".equals(report.note())) {
            try {
                notices.send(RejectionNotice.of(report, key.reportKey()));
            } catch (RuntimeException e) {
                // The report is written; a notice that cannot be sent must not make the upload fail.
                LOG.log(
                        Level.WARNING,
                        "Could not send the rejection notice for " + Printable.escaped(key.reportKey()),
                        e);
            }
        }
    }

    /**
     * Whether the report at the key already says how this upload (or a newer one) ended: a report
     * written before a retry says "retrying" and does not count.
     */
    private boolean finishedReportExists(UploadKey key, Upload upload) {
        Optional<byte[]> existing = bucket.readReport(key.reportKey());
        if (existing.isEmpty()) {
            return false;
        }
        boolean retrying =
                ReportJson.note(existing.get()).filter("retrying"::equals).isPresent();
        boolean older = ReportJson.order(existing.get())
                .filter(order -> order.compareTo(upload.order()) < 0)
                .isPresent();
        return !retrying && !older;
    }
}
