package uk.scrutiny.returns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.TargetsReader;
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
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** DynamoDB's BatchWriteItem takes at most 25 items. */
    static final int BATCH = 25;

    private final ReturnsBucket bucket;
    private final ReturnStore store;
    private final long maxBytes;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public UploadProcessor(ReturnsBucket bucket, ReturnStore store, long maxBytes) {
        this.bucket = bucket;
        this.store = store;
        this.maxBytes = maxBytes;
    }

    @Override
    public Report process(Upload upload) {
        try {
            return processOnce(upload);
        } catch (UploadSupersededException e) {
            LOG.info(() -> "Skipped " + upload.forLog() + ": " + e.getMessage());
            return null;
        }
    }

    private Report processOnce(Upload upload) {
        UploadKey key = UploadKey.of(upload.key());
        FileState state = store.begin(upload, key.provider());
        if (state == FileState.DONE && bucket.exists(key.reportKey())) {
            LOG.info(() -> "Already processed, nothing to do: " + upload.forLog());
            return null;
        }
        Problems problems = new Problems();
        Report report;
        if (upload.size() > maxBytes) {
            problems.add(Problem.ofFile("The file is " + upload.size() + " bytes, over the limit of " + maxBytes
                    + " bytes: split it into smaller returns."));
            report = report(key, problems, 0, 0);
        } else {
            report = switch (key.kind()) {
                case CATALOGUE -> processCatalogue(upload, key, problems, state);
                case TARGETS -> processTargets(upload, key, problems, state);
                case RETURN -> processReturn(upload, key, problems, state);
                case OUTSIDE_LAYOUT -> {
                    problems.add(Problem.ofFile(key.layoutAdvice()));
                    yield report(key, problems, 0, 0);
                }
            };
        }
        if (!report.accepted() && state != FileState.DONE) {
            store.reject(upload, report.errorCount());
        }
        writeReport(key, report);
        return report;
    }

    private Report processCatalogue(Upload upload, UploadKey key, Problems problems, FileState state) {
        Catalogue catalogue;
        CatalogueReader reader = new CatalogueReader();
        try (InputStream in = bucket.open(upload)) {
            catalogue = reader.read(in, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty() && state != FileState.DONE) {
            store.replaceCatalogue(upload, catalogue);
            store.commit(upload, reader.rowsRead(), Set.of());
        }
        return report(key, problems, reader.rowsRead(), catalogue.size());
    }

    private Report processTargets(Upload upload, UploadKey key, Problems problems, FileState state) {
        Targets targets;
        TargetsReader reader = new TargetsReader(store.catalogue());
        try (InputStream in = bucket.open(upload)) {
            targets = reader.read(in, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty() && state != FileState.DONE) {
            store.replaceTargets(upload, targets);
            store.commit(upload, reader.rowsRead(), Set.of());
        }
        return report(key, problems, reader.rowsRead(), targets.all().size());
    }

    private Report processReturn(Upload upload, UploadKey key, Problems problems, FileState state) {
        ReturnReader reader = new ReturnReader(store.catalogue(), key.provider(), upload.eventTime());
        long rows;
        long[] good = {0};
        // At most the catalogue's indicators, so small whatever the file's size.
        Set<String> indicators = new TreeSet<>();
        try (LocalCopy copy = LocalCopy.of(bucket.open(upload))) {
            try (InputStream in = copy.open()) {
                rows = reader.read(in, problems, o -> {
                    good[0]++;
                    indicators.add(o.indicatorCode());
                });
            }
            if (!problems.isEmpty()) {
                return report(key, problems, rows, 0);
            }
            if (state != FileState.DONE) {
                storeReturn(upload, key, reader, copy);
                store.commit(upload, rows, indicators);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report(key, problems, rows, good[0]);
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

    private static Report report(UploadKey key, Problems problems, long rowsRead, long rowsAccepted) {
        boolean ok = problems.isEmpty();
        return new Report(
                ok ? Report.ACCEPTED : Report.REJECTED,
                key.key(),
                key.provider(),
                rowsRead,
                ok ? rowsAccepted : 0,
                problems.total(),
                problems.listed());
    }

    private void writeReport(UploadKey key, Report report) {
        try {
            bucket.putReport(key.reportKey(), json.writeValueAsBytes(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
