package uk.scrutiny.aws;

import static uk.scrutiny.aws.TableLayout.PK;
import static uk.scrutiny.aws.TableLayout.SK;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.commentary.Commentary;
import uk.scrutiny.commentary.CommentaryBook;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.publish.StoredFigures;
import uk.scrutiny.returns.FileState;
import uk.scrutiny.returns.Observation;
import uk.scrutiny.returns.ReportedValue;
import uk.scrutiny.returns.ReturnStore;
import uk.scrutiny.returns.Upload;
import uk.scrutiny.validation.Printable;

/** The store in one DynamoDB table; see {@link TableLayout} for the keys. */
public final class DynamoPerformanceStore implements ReturnStore, StoredFigures {
    private static final Logger LOG = Logger.getLogger(DynamoPerformanceStore.class.getName());
    static final String LEDGER = "LEDGER";
    static final String CONFIG = "CONFIG";
    static final String PROCESSING = "PROCESSING";
    static final String COMMITTED = "COMMITTED";
    /** Committed and every value promoted: the only files whose values readers see. */
    static final String CURRENT = "CURRENT";

    static final String REJECTED = "REJECTED";
    /** Revision partitions per indicator ({@code SERIES#<code>#<n>}): 16 x 1,000 WCU/s for one indicator's file. */
    static final int SERIES_SHARDS = 16;
    /** Current-figure partitions per indicator ({@code CURRENT#<code>#<n>}): few, since every read queries them all. */
    static final int CURRENT_SHARDS = 4;

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;
    private final ExecutorService pool;
    private final Clock clock;
    private final DynamoAreaStore areas;
    private final DynamoCommentaryStore commentary;

    /** Writes {@code WRITE_CONCURRENCY} requests at once (environment; {@value Parallel#DEFAULT_CONCURRENCY} when unset). */
    public DynamoPerformanceStore(DynamoDbClient dynamo, String table, Clock clock) {
        this(dynamo, table, clock, Parallel.concurrency(System.getenv("WRITE_CONCURRENCY")));
    }

    /** @param concurrency how many write requests may be in flight at once (1: one at a time) */
    public DynamoPerformanceStore(DynamoDbClient dynamo, String table, Clock clock, int concurrency) {
        this.dynamo = dynamo;
        this.table = table;
        this.pool = Parallel.pool(concurrency);
        this.writer = new BatchWriter(dynamo, table, Thread::sleep, pool);
        this.clock = clock;
        this.areas = new DynamoAreaStore(dynamo, table, writer);
        this.commentary = new DynamoCommentaryStore(dynamo, table, writer);
    }

    // ---- the ledger

    private static String ledgerId(Upload upload) {
        return TableLayout.ledgerId(upload.id());
    }

    @Override
    public FileState begin(Upload upload, String provider) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(LEDGER));
        item.put(SK, s(ledgerId(upload)));
        item.put("uploadId", s(upload.id()));
        item.put("status", s(PROCESSING));
        item.put("ord", s(upload.order()));
        item.put("bucket", s(upload.bucket()));
        item.put("key", s(upload.key()));
        item.put("eTag", s(upload.eTag()));
        item.put("size", n(upload.size()));
        item.put("startedAt", s(clock.instant().toString()));
        // The file's provenance, once: its values name the file and are read with it.
        item.put("receivedAt", s(upload.eventTime().toString()));
        if (upload.versionId() != null) {
            item.put("versionId", s(upload.versionId()));
        }
        if (provider != null) {
            item.put("provider", s(provider));
        }
        if (upload.uploadedBy() != null) {
            item.put("uploadedBy", s(upload.uploadedBy()));
        }
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return FileState.NEW;
        } catch (ConditionalCheckFailedException e) {
            String status = dynamo.getItem(b ->
                            b.tableName(table).consistentRead(true).key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload)))))
                    .item()
                    .get("status")
                    .s();
            return switch (status) {
                case PROCESSING -> FileState.IN_PROGRESS;
                case COMMITTED -> FileState.COMMITTED;
                default -> FileState.DONE;
            };
        }
    }

    private String status(Upload upload) {
        Map<String, AttributeValue> item = dynamo.getItem(b ->
                        b.tableName(table).consistentRead(true).key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload)))))
                .item();
        return item == null || !item.containsKey("status")
                ? ""
                : item.get("status").s();
    }

    /** The figure a value is for within its indicator: {@code area#periodStart}, the current item's sort key. */
    static String figure(Observation o) {
        return o.areaCode() + "#" + o.period().sortKey();
    }

    static String seriesPartition(String indicator, String figure) {
        return "SERIES#" + indicator + "#" + Math.floorMod(figure.hashCode(), SERIES_SHARDS);
    }

    static String currentPartition(String indicator, String figure) {
        return "CURRENT#" + indicator + "#" + Math.floorMod(figure.hashCode(), CURRENT_SHARDS);
    }

    /**
     * Revisions, spread over {@value #SERIES_SHARDS} partitions by a hash of area and period, each
     * naming its file (whose ledger item holds the provenance), written several requests at a time.
     */
    @Override
    public void stage(Upload upload, String provider, List<Observation> batch) {
        String file = ledgerId(upload);
        List<Map<String, AttributeValue>> items = new ArrayList<>(batch.size());
        for (Observation o : batch) {
            String figure = figure(o);
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(PK, s(seriesPartition(o.indicatorCode(), figure)));
            item.put(SK, s(figure + "#" + upload.order()));
            putValue(item, o);
            item.put("file", s(file));
            items.add(item);
        }
        writer.putAll(items);
    }

    private static void putValue(Map<String, AttributeValue> item, Observation o) {
        putPeriod(item, o.period());
        if (o.withdrawn()) {
            // A withdrawal is a revision with no value: once current, the figure is not published.
            item.put("withdrawn", AttributeValue.builder().bool(true).build());
        } else {
            item.put("value", n(o.value()));
        }
        if (o.numerator() != null) {
            item.put("numerator", n(o.numerator()));
        }
        if (o.denominator() != null) {
            item.put("denominator", n(o.denominator()));
        }
        if (o.note() != null) {
            item.put("note", s(o.note()));
        }
        item.put("line", n(o.line()));
    }

    /** How long a promotion lock holds: well over the function's 300 s timeout, so its holder is gone by then. */
    static final Duration LOCK_LEASE = Duration.ofMinutes(15);
    /** How long a promotion waits for another file's lock before giving up (the event is then retried). */
    static final Duration LOCK_WAIT = Duration.ofSeconds(120);

    /**
     * Each value to its figure's current item ({@code CURRENT#<code>#<n>}, {@code area#periodStart}).
     * The batch's indicators are locked first (a conditional UpdateItem on each one's
     * {@code LOCK#CURRENT#<code>} item, in code order, with a lease), so no other file promotes
     * into their current items meanwhile; then the current items are read (BatchGetItem) and
     * written back (BatchWriteItem), several requests at once: the upload's value where the item is new or holds an upload that
     * sorts no later, else the item as it was; either way with the upload's order added to its
     * revisions ({@code revs}). Idempotent: a retry rewrites the same.
     */
    @Override
    public void promote(Upload upload, List<Observation> batch) {
        String file = ledgerId(upload);
        Set<String> indicators = new java.util.TreeSet<>();
        batch.forEach(o -> indicators.add(o.indicatorCode()));
        List<String> locked = new ArrayList<>();
        try {
            // In code order, so two files promoting into the same indicators cannot each hold what the other waits for.
            for (String code : indicators) {
                lock("CURRENT#" + code, file);
                locked.add("CURRENT#" + code);
            }
            writer.putAll(promoted(batch, currentItems(batch), upload, file));
        } finally {
            for (String lock : locked) {
                unlock(lock, file);
            }
        }
    }

    /** The batch's current items that exist, by partition and figure; BatchGetItem of 100 keys, several at once. */
    private Map<String, Map<String, AttributeValue>> currentItems(List<Observation> batch) {
        List<List<Map<String, AttributeValue>>> requests = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (Observation o : batch.subList(from, Math.min(batch.size(), from + 100))) {
                String figure = figure(o);
                keys.add(Map.of(PK, s(currentPartition(o.indicatorCode(), figure)), SK, s(figure)));
            }
            requests.add(keys);
        }
        Map<String, Map<String, AttributeValue>> existing = new java.util.concurrent.ConcurrentHashMap<>();
        Parallel.forEach(pool, requests, keys -> {
            Map<String, KeysAndAttributes> pending = Map.of(
                    table,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                Map<String, KeysAndAttributes> asking = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asking));
                response.responses()
                        .getOrDefault(table, List.of())
                        .forEach(i ->
                                existing.put(i.get(PK).s() + "\n" + i.get(SK).s(), i));
                pending = response.unprocessedKeys() == null
                                || response.unprocessedKeys().values().stream()
                                        .allMatch(k -> k.keys().isEmpty())
                        ? Map.of()
                        : response.unprocessedKeys();
                if (!pending.isEmpty() && attempt == 10) {
                    throw new IllegalStateException("Current items still unread after 10 attempts");
                }
            }
        });
        return existing;
    }

    private static List<Map<String, AttributeValue>> promoted(
            List<Observation> values, Map<String, Map<String, AttributeValue>> existing, Upload upload, String file) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(values.size());
        for (Observation o : values) {
            String figure = figure(o);
            String partition = currentPartition(o.indicatorCode(), figure);
            Map<String, AttributeValue> before = existing.get(partition + "\n" + figure);
            Set<String> revisions = new java.util.TreeSet<>();
            if (before != null && before.containsKey("revs")) {
                revisions.addAll(before.get("revs").ss());
            }
            boolean newer = before == null || before.get("ord").s().compareTo(upload.order()) <= 0;
            if (!newer && revisions.contains(upload.order())) {
                continue; // already counted, and a later upload's value is current: nothing to write
            }
            revisions.add(upload.order());
            Map<String, AttributeValue> item;
            if (newer) {
                item = new HashMap<>();
                item.put(PK, s(partition));
                item.put(SK, s(figure));
                putValue(item, o);
                item.put("ord", s(upload.order()));
                item.put("file", s(file));
            } else {
                item = new HashMap<>(before);
            }
            item.put("revs", AttributeValue.builder().ss(revisions).build());
            items.add(item);
        }
        return items;
    }

    /** Takes a promotion lock for this file, waiting for another file's to be released or to lapse. */
    private void lock(String partition, String file) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            try {
                dynamo.updateItem(b -> b.tableName(table)
                        .key(Map.of(PK, s("LOCK#" + partition), SK, s("LOCK")))
                        .updateExpression("SET #ow = :f, #un = :u")
                        .conditionExpression("attribute_not_exists(#ow) OR #ow = :f OR #un < :now")
                        .expressionAttributeNames(Map.of("#ow", "owner", "#un", "until"))
                        .expressionAttributeValues(Map.of(
                                ":f", s(file),
                                ":u", n(now.plus(LOCK_LEASE).toEpochMilli()),
                                ":now", n(now.toEpochMilli()))));
                return;
            } catch (ConditionalCheckFailedException e) {
                if (System.nanoTime() > deadline) {
                    // Transient: the event is retried, and the other file's promotion will have ended.
                    throw new java.io.UncheckedIOException(new java.io.IOException("Another file held the lock on "
                            + partition + " for over " + LOCK_WAIT.toSeconds() + " s"));
                }
                try {
                    Thread.sleep(Math.min(1_000, 10L << Math.min(attempt, 7)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + partition, interrupted);
                }
            }
        }
    }

    private void unlock(String partition, String file) {
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s("LOCK#" + partition), SK, s("LOCK")))
                    .updateExpression("REMOVE #ow, #un")
                    .conditionExpression("#ow = :f")
                    .expressionAttributeNames(Map.of("#ow", "owner", "#un", "until"))
                    .expressionAttributeValues(Map.of(":f", s(file))));
        } catch (ConditionalCheckFailedException e) {
            LOG.warning(() -> "The lock on " + Printable.escaped(partition) + " had lapsed before its release");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not release the lock on " + Printable.escaped(partition) + " (" + e
                    + "); it lapses after " + LOCK_LEASE);
        }
    }

    /** COMMITTED to CURRENT, once: a repeated call on a current file changes nothing (and so makes no stream event). */
    @Override
    public void finish(Upload upload) {
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload))))
                    .updateExpression("SET #st = :cur, currentAt = :t")
                    .conditionExpression("#st = :c")
                    .expressionAttributeNames(Map.of("#st", "status"))
                    .expressionAttributeValues(Map.of(
                            ":cur",
                            s(CURRENT),
                            ":c",
                            s(COMMITTED),
                            ":t",
                            s(clock.instant().toString()))));
        } catch (ConditionalCheckFailedException e) {
            if (!CURRENT.equals(status(upload))) {
                throw e;
            }
        }
    }

    /**
     * The most indicator codes a ledger item names (at most 40 KB of its 400 KB). A file that changes
     * more names none, which the recalculation takes as "everything": a full publish, as the nightly
     * run's. 50,000 codes would not fit in the item, and the commit would fail every time.
     */
    static final int MAX_NAMED_INDICATORS = 1_000;

    @Override
    public void commit(Upload upload, long rows, Set<String> indicators) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":c", s(COMMITTED), ":r", n(rows), ":t", s(clock.instant().toString())));
        String update = "SET #st = :c, #rows = :r, committedAt = :t";
        if (indicators.size() > MAX_NAMED_INDICATORS) {
            LOG.info(() ->
                    upload.forLog() + " changed " + indicators.size() + " indicators: its publish will be a full one");
        } else if (!indicators.isEmpty()) {
            // The stream carries this to the recalculation: which indicators' files to republish.
            values.put(
                    ":i",
                    AttributeValue.builder()
                            .ss(new java.util.TreeSet<>(indicators))
                            .build());
            update += ", indicators = :i";
        }
        values.put(":cur", s(CURRENT));
        String expression = update;
        try {
            // Never back from CURRENT: a duplicate delivery that stored the file again changes nothing.
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload))))
                    .updateExpression(expression)
                    .conditionExpression("attribute_exists(pk) AND #st <> :cur")
                    .expressionAttributeNames(Map.of("#st", "status", "#rows", "rows"))
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            if (!CURRENT.equals(status(upload))) {
                throw e;
            }
        }
    }

    @Override
    public void reject(Upload upload, long errorCount) {
        dynamo.updateItem(b -> b.tableName(table)
                .key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload))))
                .updateExpression("SET #st = :r, errorCount = :e, rejectedAt = :t")
                .conditionExpression("attribute_exists(pk) AND #st <> :c AND #st <> :cur")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(
                        ":r",
                        s(REJECTED),
                        ":c",
                        s(COMMITTED),
                        ":cur",
                        s(CURRENT),
                        ":e",
                        n(errorCount),
                        ":t",
                        s(clock.instant().toString()))));
    }

    // ---- returns waiting for a newer catalogue

    private static final String RECHECK = "RECHECK";
    private static final String WAITING = "WAITING";

    @Override
    public void awaitCatalogue(Upload upload, String provider) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(RECHECK));
        item.put(SK, s(ledgerId(upload)));
        item.put("status", s(WAITING));
        item.put("bucket", s(upload.bucket()));
        item.put("key", s(upload.key()));
        item.put("eTag", s(upload.eTag()));
        item.put("size", n(upload.size()));
        item.put("eventTime", s(upload.eventTime().toString()));
        if (upload.versionId() != null) {
            item.put("versionId", s(upload.versionId()));
        }
        if (upload.sequencer() != null) {
            item.put("sequencer", s(upload.sequencer()));
        }
        if (provider != null) {
            item.put("provider", s(provider));
        }
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public List<Upload> awaitingCatalogue() {
        List<Upload> uploads = new ArrayList<>();
        for (Map<String, AttributeValue> item : query(QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :p")
                .filterExpression("#st = :w")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":p", s(RECHECK), ":w", s(WAITING)))
                .build())) {
            uploads.add(new Upload(
                    item.get("bucket").s(),
                    item.get("key").s(),
                    item.containsKey("versionId") ? item.get("versionId").s() : null,
                    item.get("eTag").s(),
                    Long.parseLong(item.get("size").n()),
                    Instant.parse(item.get("eventTime").s()),
                    item.containsKey("sequencer") ? item.get("sequencer").s() : null));
        }
        return uploads;
    }

    @Override
    public boolean reopen(Upload upload) {
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s(RECHECK), SK, s(ledgerId(upload))))
                    .updateExpression("SET #st = :d, checkedAt = :t")
                    .conditionExpression("#st = :w")
                    .expressionAttributeNames(Map.of("#st", "status"))
                    .expressionAttributeValues(Map.of(
                            ":d",
                            s("CHECKED"),
                            ":w",
                            s(WAITING),
                            ":t",
                            s(clock.instant().toString()))));
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload))))
                    .updateExpression("SET #st = :p")
                    .conditionExpression("#st = :r")
                    .expressionAttributeNames(Map.of("#st", "status"))
                    .expressionAttributeValues(Map.of(":p", s(PROCESSING), ":r", s(REJECTED))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    // ---- catalogue and targets

    @Override
    public void replaceCatalogue(Upload upload, Catalogue catalogue) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int i = 0;
        for (Indicator indicator : catalogue.indicators()) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(PK, s("CATALOGUE#" + ledgerId(upload)));
            item.put(SK, s(String.format("INDICATOR#%05d", ++i)));
            item.put("code", s(indicator.code()));
            item.put("title", s(indicator.title()));
            item.put("priorityCode", s(indicator.priorityCode()));
            item.put("priorityTitle", s(indicator.priorityTitle()));
            item.put("outcome", s(indicator.outcome()));
            item.put("polarity", s(indicator.polarity().text()));
            item.put("unit", s(indicator.unit().text()));
            item.put("frequency", s(indicator.frequency().text()));
            item.put("dueDays", n(indicator.dueDays()));
            item.put(
                    "providers",
                    AttributeValue.builder()
                            .l(indicator.providers().stream()
                                    .map(DynamoPerformanceStore::s)
                                    .toList())
                            .build());
            DynamoCommentaryStore.putAbout(item, indicator.about());
            items.add(item);
        }
        writer.putAll(items);
        point("CATALOGUE", upload);
    }

    @Override
    public void replaceTargets(Upload upload, Targets targets) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int i = 0;
        for (Target target : targets.all()) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(PK, s("TARGETS#" + ledgerId(upload)));
            item.put(SK, s(String.format("TARGET#%06d", ++i)));
            item.put("indicatorCode", s(target.indicatorCode()));
            putPeriod(item, target.period());
            item.put("target", n(target.target()));
            if (target.amberTolerance() != null) {
                item.put("amberTolerance", n(target.amberTolerance()));
            }
            items.add(item);
        }
        writer.putAll(items);
        point("TARGETS", upload);
    }

    /**
     * Makes the upload the current catalogue or targets, in one conditional write, unless a newer
     * upload already is: an older file processed late must not overwrite a newer one.
     */
    private void point(String what, Upload upload) {
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s(CONFIG), SK, s(what)))
                    .updateExpression("SET #f = :f, ord = :o")
                    .conditionExpression("attribute_not_exists(ord) OR ord < :o")
                    .expressionAttributeNames(Map.of("#f", "file"))
                    .expressionAttributeValues(Map.of(":f", s(ledgerId(upload)), ":o", s(upload.order()))));
        } catch (ConditionalCheckFailedException e) {
            LOG.info(() -> what + " from " + upload.forLog() + " is older than the current one; kept the current one");
        }
    }

    private Optional<String> current(String what) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        b -> b.tableName(table).consistentRead(true).key(Map.of(PK, s(CONFIG), SK, s(what))))
                .item();
        return item == null || item.isEmpty()
                ? Optional.empty()
                : Optional.of(item.get("file").s());
    }

    /**
     * A file's catalogue or targets, as last read: a file's items are written before the pointer
     * names it and never change after, so what a file id held once it holds for good. A warm
     * function then reads 10,000 indicators' catalogue and targets once per upload of them, not on
     * every publish; the pointer itself is still read (consistently) every time.
     */
    private record Read<T>(String file, T value) {}

    private volatile Read<Catalogue> catalogueRead;
    private volatile Read<Targets> targetsRead;

    @Override
    public Catalogue catalogue() {
        Optional<String> file = current("CATALOGUE");
        if (file.isEmpty()) {
            return Catalogue.empty();
        }
        Read<Catalogue> last = catalogueRead;
        if (last != null && last.file().equals(file.get())) {
            return last.value();
        }
        Catalogue catalogue = readCatalogue(file.get());
        catalogueRead = new Read<>(file.get(), catalogue);
        return catalogue;
    }

    private Catalogue readCatalogue(String file) {
        List<Indicator> indicators = new ArrayList<>();
        for (Map<String, AttributeValue> item : queryPartition("CATALOGUE#" + file)) {
            indicators.add(new Indicator(
                    item.get("code").s(),
                    item.get("title").s(),
                    item.get("priorityCode").s(),
                    item.get("priorityTitle").s(),
                    item.get("outcome").s(),
                    Polarity.fromText(item.get("polarity").s()).orElseThrow(),
                    Unit.fromText(item.get("unit").s()).orElseThrow(),
                    Frequency.fromText(item.get("frequency").s()).orElseThrow(),
                    Integer.parseInt(item.get("dueDays").n()),
                    item.get("providers").l().stream().map(AttributeValue::s).toList(),
                    DynamoCommentaryStore.about(item)));
        }
        return Catalogue.of(indicators);
    }

    @Override
    public Targets targets() {
        Optional<String> file = current("TARGETS");
        if (file.isEmpty()) {
            return Targets.none();
        }
        Read<Targets> last = targetsRead;
        if (last != null && last.file().equals(file.get())) {
            return last.value();
        }
        Targets targets = readTargets(file.get());
        targetsRead = new Read<>(file.get(), targets);
        return targets;
    }

    private Targets readTargets(String file) {
        List<Target> targets = new ArrayList<>();
        for (Map<String, AttributeValue> item : queryPartition("TARGETS#" + file)) {
            Optional<Period> period = storedPeriod(item, null);
            if (period.isEmpty()) {
                continue;
            }
            targets.add(new Target(
                    item.get("indicatorCode").s(),
                    period.get(),
                    new BigDecimal(item.get("target").n()),
                    item.containsKey("amberTolerance")
                            ? new BigDecimal(item.get("amberTolerance").n())
                            : null));
        }
        return Targets.of(targets);
    }

    // ---- the areas file (kept by DynamoAreaStore)

    @Override
    public void replaceAreas(Upload upload, AreaList areas) {
        this.areas.replace(upload, areas);
    }

    @Override
    public AreaList areas() {
        return areas.current();
    }

    // ---- commentary (kept by DynamoCommentaryStore)

    @Override
    public void stageCommentary(Upload upload, List<Commentary> rows) {
        commentary.stage(upload, rows);
    }

    @Override
    public CommentaryBook commentary() {
        return commentary.current(currentFiles().keySet());
    }

    // ---- values

    @Override
    public boolean hasFigures(String indicatorCode) {
        for (int shard = 0; shard < SERIES_SHARDS; shard++) {
            String pk = "SERIES#" + indicatorCode + "#" + shard;
            if (!dynamo.query(b -> b.tableName(table)
                            .consistentRead(true)
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s(pk)))
                            .projectionExpression("pk")
                            .limit(1))
                    .items()
                    .isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A CURRENT file's provenance, from its ledger item. */
    private record FileInfo(String order, String provider, String key, Instant receivedAt) {}

    /** The files readers may see: CURRENT in the ledger (one small item per upload). */
    private Map<String, FileInfo> currentFiles() {
        Map<String, FileInfo> files = new HashMap<>();
        for (Map<String, AttributeValue> item : query(QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :p")
                .filterExpression("#st = :cur")
                .projectionExpression("sk, ord, provider, #k, receivedAt, startedAt")
                .expressionAttributeNames(Map.of("#st", "status", "#k", "key"))
                .expressionAttributeValues(Map.of(":p", s(LEDGER), ":cur", s(CURRENT)))
                .build())) {
            files.put(
                    item.get(SK).s(),
                    new FileInfo(
                            item.get("ord").s(),
                            item.containsKey("provider") ? item.get("provider").s() : null,
                            item.get("key").s(),
                            Instant.parse(
                                    (item.containsKey("receivedAt") ? item.get("receivedAt") : item.get("startedAt"))
                                            .s())));
        }
        return files;
    }

    /**
     * Reads only current items: one per figure whatever its revisions, never a staged value. An
     * item whose file is not yet CURRENT (its promotion is under way or stopped) is not shown;
     * that figure's latest revision from a CURRENT file is, read from its revisions. The revision
     * count is the item's set of upload orders that are CURRENT files'. Indicators are read several
     * at once ({@code WRITE_CONCURRENCY}), since each is a few queries' round trips; the values
     * come back in the order of {@code indicators}, and {@code unreadable} is called on this thread.
     */
    @Override
    public List<ReportedValue> currentValues(
            Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable) {
        Map<String, FileInfo> files = currentFiles();
        Set<String> orders = new HashSet<>();
        files.values().forEach(f -> orders.add(f.order()));
        List<Indicator> asked = List.copyOf(indicators);
        Object[] read = new Object[asked.size()];
        List<Integer> positions = new ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            positions.add(i);
        }
        // An SdkException is the store itself failing: it propagates, and the whole run is retried.
        Parallel.forEach(pool, positions, i -> {
            try {
                read[i] = currentValues(asked.get(i), files, orders);
            } catch (SdkException e) {
                throw e;
            } catch (RuntimeException e) {
                read[i] = e;
            }
        });
        List<ReportedValue> values = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            if (read[i] instanceof RuntimeException e) {
                unreadable.accept(asked.get(i), e);
            } else {
                @SuppressWarnings("unchecked")
                List<ReportedValue> indicatorValues = (List<ReportedValue>) read[i];
                values.addAll(indicatorValues);
            }
        }
        return values;
    }

    private List<ReportedValue> currentValues(Indicator indicator, Map<String, FileInfo> files, Set<String> orders) {
        // By figure (area, then period start), as one partition's sort keys would give them.
        java.util.TreeMap<String, ReportedValue> values = new java.util.TreeMap<>();
        for (int shard = 0; shard < CURRENT_SHARDS; shard++) {
            for (Map<String, AttributeValue> item : dynamo.queryPaginator(QueryRequest.builder()
                            .tableName(table)
                            .consistentRead(true)
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("CURRENT#" + indicator.code() + "#" + shard)))
                            .build())
                    .items()) {
                String figure = item.get(SK).s();
                int revisions;
                if (files.containsKey(item.get("file").s())) {
                    revisions = (int) item.get("revs").ss().stream()
                            .filter(orders::contains)
                            .count();
                } else {
                    revisions = 0;
                    Map<String, AttributeValue> latest = null;
                    for (Map<String, AttributeValue> r : dynamo.queryPaginator(QueryRequest.builder()
                                    .tableName(table)
                                    .consistentRead(true)
                                    .keyConditionExpression("pk = :p AND begins_with(sk, :f)")
                                    .expressionAttributeValues(Map.of(
                                            ":p", s(seriesPartition(indicator.code(), figure)), ":f", s(figure + "#")))
                                    .build())
                            .items()) {
                        if (files.containsKey(r.get("file").s())) {
                            latest = r;
                            revisions++;
                        }
                    }
                    if (latest == null) {
                        continue;
                    }
                    item = latest;
                }
                Optional<Period> period = storedPeriod(item, indicator.frequency());
                if (period.isEmpty()) {
                    continue;
                }
                FileInfo file = files.get(item.get("file").s());
                // A withdrawn figure is read too: the recalculation lists it on the indicator's page.
                boolean withdrawn = isWithdrawn(item);
                values.put(
                        figure,
                        new ReportedValue(
                                indicator.code(),
                                figure.substring(0, figure.indexOf('#')),
                                period.get(),
                                withdrawn
                                        ? null
                                        : new BigDecimal(item.get("value").n()),
                                decimal(item, "numerator"),
                                decimal(item, "denominator"),
                                item.containsKey("note") ? item.get("note").s() : null,
                                file.provider(),
                                file.key(),
                                file.receivedAt(),
                                revisions,
                                withdrawn));
            }
        }
        return new ArrayList<>(values.values());
    }

    // ---- rating results, for incremental publishing

    /** Rating-result partitions ({@code RESULTS#<n>}, by a hash of the code): a full run writes one item per indicator. */
    static final int RESULT_SHARDS = 8;
    /** A result bigger than this is not kept (an item holds at most 400 KB): the next publish is then a full one. */
    static final int MAX_RESULT_BYTES = 350_000;

    @Override
    public Map<String, byte[]> ratingResults(String fingerprint) {
        Map<String, byte[]> results = new java.util.concurrent.ConcurrentHashMap<>();
        List<Integer> shards = new ArrayList<>();
        for (int shard = 0; shard < RESULT_SHARDS; shard++) {
            shards.add(shard);
        }
        // The shards at once: with 10,000 indicators this read is most of an incremental publish.
        Parallel.forEach(pool, shards, shard -> {
            for (Map<String, AttributeValue> item : dynamo.queryPaginator(QueryRequest.builder()
                            .tableName(table)
                            .consistentRead(true)
                            .keyConditionExpression("pk = :p")
                            .filterExpression("fp = :f")
                            .expressionAttributeValues(Map.of(":p", s("RESULTS#" + shard), ":f", s(fingerprint)))
                            .build())
                    .items()) {
                results.put(item.get(SK).s(), gunzip(item.get("result").b().asByteArray()));
            }
        });
        return results;
    }

    @Override
    public void saveRatingResults(String fingerprint, Map<String, byte[]> results) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(results.size());
        results.forEach((code, json) -> {
            byte[] result = gzip(json); // JSON shrinks about 8 times: less to write, and to read back on every publish
            if (result.length > MAX_RESULT_BYTES) {
                LOG.warning(() -> "Did not keep the rating result of " + Printable.escaped(code) + " (" + result.length
                        + " bytes): the next publish re-rates every indicator");
                return;
            }
            items.add(Map.of(
                    PK,
                    s("RESULTS#" + Math.floorMod(code.hashCode(), RESULT_SHARDS)),
                    SK,
                    s(code),
                    "fp",
                    s(fingerprint),
                    "result",
                    AttributeValue.builder()
                            .b(software.amazon.awssdk.core.SdkBytes.fromByteArray(result))
                            .build()));
        });
        writer.putAll(items);
    }

    private static byte[] gzip(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (java.util.zip.GZIPInputStream zip =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A period is stored as its frequency and start date, which always read back as the same period. */
    static void putPeriod(Map<String, AttributeValue> item, Period period) {
        item.put("frequency", s(period.frequency().text()));
        item.put("periodStart", s(period.start().toString()));
    }

    /**
     * The stored period, read from its frequency and start date; never from display text. Items
     * written before periods were stored this way have only display text: a value's start date is
     * then in its sort key ({@code area#start#order}) and its frequency is the indicator's; an old
     * target's display text is parsed. An item that still cannot be read is left out and logged,
     * so that one bad item never stops a recalculation.
     *
     * @param fallback the indicator's frequency, for old value items; null for targets
     */
    static Optional<Period> storedPeriod(Map<String, AttributeValue> item, Frequency fallback) {
        try {
            if (item.containsKey("periodStart")) {
                Frequency frequency =
                        Frequency.fromText(item.get("frequency").s()).orElseThrow();
                return Optional.of(Period.startingOn(
                        frequency, LocalDate.parse(item.get("periodStart").s())));
            }
            if (fallback != null) {
                String sk = item.get(SK).s();
                int from = sk.indexOf('#') + 1;
                return Optional.of(
                        Period.startingOn(fallback, LocalDate.parse(sk.substring(from, sk.indexOf('#', from)))));
            }
            Frequency frequency = Frequency.fromText(item.get("frequency").s()).orElseThrow();
            return Optional.of(Period.parse(frequency, item.get("period").s()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Left out an item whose period cannot be read: "
                    + Printable.escaped(item.get(PK).s() + " | " + item.get(SK).s() + " (" + e + ")"));
            return Optional.empty();
        }
    }

    private static boolean isWithdrawn(Map<String, AttributeValue> item) {
        AttributeValue flag = item.get("withdrawn");
        return flag != null && Boolean.TRUE.equals(flag.bool());
    }

    /**
     * Whether the figure has a published value: its current item's, when that item's file is
     * CURRENT; else (a promotion under way or stopped) its latest revision from a CURRENT file.
     */
    @Override
    public boolean isCurrent(String indicatorCode, String areaCode, Period period) {
        String figure = areaCode + "#" + period.sortKey();
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                        .consistentRead(true)
                        .key(Map.of(PK, s(currentPartition(indicatorCode, figure)), SK, s(figure))))
                .item();
        if (item == null || item.isEmpty()) {
            return false;
        }
        if (CURRENT.equals(fileStatus(item.get("file").s()))) {
            return !isWithdrawn(item);
        }
        Map<String, AttributeValue> latest = null;
        for (Map<String, AttributeValue> revision : query(QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :f)")
                .expressionAttributeValues(
                        Map.of(":p", s(seriesPartition(indicatorCode, figure)), ":f", s(figure + "#")))
                .build())) {
            // In upload order: the last one whose file is current is the figure's published revision.
            if (CURRENT.equals(fileStatus(revision.get("file").s()))) {
                latest = revision;
            }
        }
        return latest != null && !isWithdrawn(latest);
    }

    private String fileStatus(String file) {
        Map<String, AttributeValue> ledger = dynamo.getItem(
                        b -> b.tableName(table).consistentRead(true).key(Map.of(PK, s(LEDGER), SK, s(file))))
                .item();
        return ledger == null || !ledger.containsKey("status")
                ? ""
                : ledger.get("status").s();
    }

    private static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? new BigDecimal(item.get(name).n()) : null;
    }

    // ---- helpers

    private List<Map<String, AttributeValue>> queryPartition(String pk) {
        return query(QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s(pk)))
                .build());
    }

    private List<Map<String, AttributeValue>> query(QueryRequest request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(items::add);
        return items;
    }

    static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    static AttributeValue n(BigDecimal value) {
        return AttributeValue.builder().n(value.toPlainString()).build();
    }
}
