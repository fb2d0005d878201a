package uk.scrutiny.returns;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Targets;

/**
 * The upload path rehearsed in memory: a tiny catalogue, its targets, a good return and a bad one
 * go through {@link UploadProcessor} against an in-memory bucket and store, so that FastCSV, every
 * reader and validator, the reports' JSON and the rejection notice are loaded and run once. It
 * reads and writes no bucket, table or topic (only a temporary copy of each tiny file, as every
 * upload makes): a SnapStart priming hook runs it before the snapshot is taken.
 */
public final class UploadRehearsal {
    static final String PROVIDER = "rehearsal";

    static final String CATALOGUE = """
            code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers
            R-PCT,Rehearsal percentage,P1,Rehearsal priority,Rehearsal outcome,higher,percent,quarterly,45,rehearsal
            R-RATE,"Rehearsal rate, per 10,000",P1,Rehearsal priority,Rehearsal outcome,lower,per 10000,financial-year,90,rehearsal
            R-NUM,Rehearsal count,P2,Second priority,Rehearsal outcome,none,count,monthly,30,rehearsal;other
            """;
    static final String TARGETS = """
            indicator_code,period,target,amber_tolerance
            R-PCT,2025/26 Q1,50,
            R-RATE,2025/26,70.5,1.5
            """;
    static final String GOOD_RETURN = """
            indicator_code,period,area_code,value,numerator,denominator,note
            R-PCT,2025/26 Q1,E08000035,,45,90,
            R-PCT,2025/26 Q1,E92000001,48.2,,,"a note, ""quoted"", here"
            R-RATE,2025/26,E08000035,72.1,1442,200000,
            R-NUM,2025-06,E08000035,1200,,,
            """;
    static final String BAD_RETURN = """
            indicator_code,period,area_code,value,numerator,denominator,note
            R-PCT,2025/26 Q5,E08000035,abc,,,
            R-RATE,2025/26,E08000035,72.1,1,200000,
            NOT-LISTED,2025/26 Q1,E08000035,1,,,
            """;

    private UploadRehearsal() {}

    /** Processes the four files; returns their reports (the bad return's is REJECTED). */
    public static List<Report> run() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config/indicators.csv", CATALOGUE);
        files.put("config/targets.csv", TARGETS);
        files.put("returns/" + PROVIDER + "/good.csv", GOOD_RETURN);
        files.put("returns/" + PROVIDER + "/bad.csv", BAD_RETURN);
        Clock clock = Clock.fixed(Instant.parse("2026-08-01T09:00:00Z"), ZoneOffset.UTC);
        InMemoryBucket bucket = new InMemoryBucket();
        List<Notice> notices = new ArrayList<>();
        UploadProcessor processor = new UploadProcessor(
                bucket, new InMemoryStore(), UploadProcessor.DEFAULT_MAX_BYTES, clock, e -> false, notices::add);
        List<Report> reports = new ArrayList<>();
        int sequence = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            bucket.objects.put(file.getKey(), content);
            sequence++;
            reports.add(processor.process(new Upload(
                    "rehearsal",
                    file.getKey(),
                    "v" + sequence,
                    "e" + sequence,
                    content.length,
                    clock.instant(),
                    Integer.toHexString(sequence))));
        }
        return reports;
    }

    private static final class InMemoryBucket implements ReturnsBucket {
        final Map<String, byte[]> objects = new HashMap<>();

        @Override
        public InputStream open(Upload upload) {
            return new ByteArrayInputStream(objects.get(upload.key()));
        }

        @Override
        public boolean exists(String key) {
            return objects.containsKey(key);
        }

        @Override
        public Optional<byte[]> readReport(String key) {
            return Optional.ofNullable(objects.get(key));
        }

        @Override
        public void putReport(String key, byte[] json) {
            objects.put(key, json);
        }
    }

    private static final class InMemoryStore implements ReturnStore {
        private final Map<String, String> ledger = new HashMap<>();
        private final Set<String> figures = new HashSet<>();
        private final List<Upload> waiting = new ArrayList<>();
        private Catalogue catalogue = Catalogue.empty();
        private Targets targets = Targets.none();

        @Override
        public FileState begin(Upload upload, String provider) {
            String status = ledger.putIfAbsent(upload.id(), "PROCESSING");
            return status == null
                    ? FileState.NEW
                    : status.equals("PROCESSING") ? FileState.IN_PROGRESS : FileState.DONE;
        }

        @Override
        public void stage(Upload upload, String provider, List<Observation> batch) {
            batch.forEach(o -> figures.add(o.indicatorCode()));
        }

        @Override
        public void commit(Upload upload, long rows, Set<String> indicators) {
            ledger.put(upload.id(), "COMMITTED");
        }

        @Override
        public void promote(Upload upload, List<Observation> batch) {}

        @Override
        public void finish(Upload upload) {
            ledger.put(upload.id(), "CURRENT");
        }

        @Override
        public void reject(Upload upload, long errorCount) {
            ledger.put(upload.id(), "REJECTED");
        }

        @Override
        public void replaceCatalogue(Upload upload, Catalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public void replaceTargets(Upload upload, Targets targets) {
            this.targets = targets;
        }

        @Override
        public Catalogue catalogue() {
            return catalogue;
        }

        @Override
        public void awaitCatalogue(Upload upload, String provider) {
            waiting.add(upload);
        }

        @Override
        public List<Upload> awaitingCatalogue() {
            return List.copyOf(waiting);
        }

        @Override
        public boolean reopen(Upload upload) {
            return waiting.remove(upload);
        }

        @Override
        public boolean hasFigures(String indicatorCode) {
            return figures.contains(indicatorCode);
        }

        @Override
        public boolean isCurrent(String indicatorCode, String areaCode, uk.scrutiny.period.Period period) {
            return false; // the rehearsal withdraws nothing
        }

        @Override
        public Targets targets() {
            return targets;
        }
    }
}
