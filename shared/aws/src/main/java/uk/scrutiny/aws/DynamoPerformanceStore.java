package uk.scrutiny.aws;

import static uk.scrutiny.aws.TableLayout.PK;
import static uk.scrutiny.aws.TableLayout.SK;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
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
    static final String REJECTED = "REJECTED";

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;
    private final Clock clock;
    private final DynamoAreaStore areas;
    private final DynamoCommentaryStore commentary;

    public DynamoPerformanceStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.writer = new BatchWriter(dynamo, table);
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
            return PROCESSING.equals(status) ? FileState.IN_PROGRESS : FileState.DONE;
        }
    }

    @Override
    public void stage(Upload upload, String provider, List<Observation> batch) {
        String receivedAt = upload.eventTime().toString();
        List<Map<String, AttributeValue>> items = new ArrayList<>(batch.size());
        for (Observation o : batch) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(PK, s("SERIES#" + o.indicatorCode()));
            item.put(SK, s(o.areaCode() + "#" + o.period().sortKey() + "#" + upload.order()));
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
            item.put("file", s(ledgerId(upload)));
            item.put("bucket", s(upload.bucket()));
            item.put("key", s(upload.key()));
            item.put("eTag", s(upload.eTag()));
            if (upload.versionId() != null) {
                item.put("versionId", s(upload.versionId()));
            }
            item.put("provider", s(provider));
            item.put("receivedAt", s(receivedAt));
            item.put("line", n(o.line()));
            items.add(item);
        }
        writer.putAll(items);
    }

    @Override
    public void commit(Upload upload, long rows, Set<String> indicators) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":c", s(COMMITTED), ":r", n(rows), ":t", s(clock.instant().toString())));
        String update = "SET #st = :c, #rows = :r, committedAt = :t";
        if (!indicators.isEmpty()) {
            // The stream carries this to the recalculation: which indicators' files to republish.
            values.put(
                    ":i",
                    AttributeValue.builder()
                            .ss(new java.util.TreeSet<>(indicators))
                            .build());
            update += ", indicators = :i";
        }
        String expression = update;
        dynamo.updateItem(b -> b.tableName(table)
                .key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload))))
                .updateExpression(expression)
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#st", "status", "#rows", "rows"))
                .expressionAttributeValues(values));
    }

    @Override
    public void reject(Upload upload, long errorCount) {
        dynamo.updateItem(b -> b.tableName(table)
                .key(Map.of(PK, s(LEDGER), SK, s(ledgerId(upload))))
                .updateExpression("SET #st = :r, errorCount = :e, rejectedAt = :t")
                .conditionExpression("attribute_exists(pk) AND #st <> :c")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(
                        ":r",
                        s(REJECTED),
                        ":c",
                        s(COMMITTED),
                        ":e",
                        n(errorCount),
                        ":t",
                        s(clock.instant().toString()))));
    }

    private Set<String> committedFiles() {
        Set<String> files = new HashSet<>();
        for (Map<String, AttributeValue> item : query(QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :p")
                .filterExpression("#st = :c")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":p", s(LEDGER), ":c", s(COMMITTED)))
                .build())) {
            files.add(item.get(SK).s());
        }
        return files;
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

    @Override
    public Catalogue catalogue() {
        Optional<String> file = current("CATALOGUE");
        if (file.isEmpty()) {
            return Catalogue.empty();
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Map<String, AttributeValue> item : queryPartition("CATALOGUE#" + file.get())) {
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
        List<Target> targets = new ArrayList<>();
        for (Map<String, AttributeValue> item : queryPartition("TARGETS#" + file.get())) {
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
        return commentary.current(committedFiles());
    }

    // ---- values

    @Override
    public boolean hasFigures(String indicatorCode) {
        return !dynamo.query(b -> b.tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("SERIES#" + indicatorCode)))
                        .limit(1))
                .items()
                .isEmpty();
    }

    @Override
    public List<ReportedValue> currentValues(
            Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable) {
        Set<String> committed = committedFiles();
        List<ReportedValue> values = new ArrayList<>();
        for (Indicator indicator : indicators) {
            try {
                values.addAll(currentValues(indicator, committed));
            } catch (SdkException e) {
                throw e; // the store itself failed: the whole run is retried
            } catch (RuntimeException e) {
                unreadable.accept(indicator, e);
            }
        }
        return values;
    }

    private List<ReportedValue> currentValues(Indicator indicator, Set<String> committed) {
        List<ReportedValue> values = new ArrayList<>();
        String code = indicator.code();
        // Sort keys end with the upload order, so within one area and period the last committed item is current.
        Map<String, Map<String, AttributeValue>> latest = new LinkedHashMap<>();
        Map<String, Integer> revisions = new HashMap<>();
        for (Map<String, AttributeValue> item : queryPartition("SERIES#" + code)) {
            if (!committed.contains(item.get("file").s())) {
                continue;
            }
            String sk = item.get(SK).s();
            // area#periodStart identifies the figure; what follows is the upload order (which has a '#' too).
            String figure = sk.substring(0, sk.indexOf('#', sk.indexOf('#') + 1));
            latest.put(figure, item);
            revisions.merge(figure, 1, Integer::sum);
        }
        for (Map.Entry<String, Map<String, AttributeValue>> e : latest.entrySet()) {
            Map<String, AttributeValue> item = e.getValue();
            String sk = item.get(SK).s();
            Optional<Period> period = storedPeriod(item, indicator.frequency());
            if (period.isEmpty()) {
                continue;
            }
            boolean withdrawn = isWithdrawn(item);
            values.add(new ReportedValue(
                    code,
                    sk.substring(0, sk.indexOf('#')),
                    period.get(),
                    withdrawn ? null : new BigDecimal(item.get("value").n()),
                    decimal(item, "numerator"),
                    decimal(item, "denominator"),
                    item.containsKey("note") ? item.get("note").s() : null,
                    item.get("provider").s(),
                    item.get("key").s(),
                    Instant.parse(item.get("receivedAt").s()),
                    revisions.get(e.getKey()),
                    withdrawn));
        }
        return values;
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

    @Override
    public boolean isCurrent(String indicatorCode, String areaCode, Period period) {
        Map<String, AttributeValue> latest = null;
        for (Map<String, AttributeValue> item : query(QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :f)")
                .expressionAttributeValues(
                        Map.of(":p", s("SERIES#" + indicatorCode), ":f", s(areaCode + "#" + period.sortKey() + "#")))
                .build())) {
            // In upload order: the last one whose file is committed is the figure's current revision.
            Map<String, AttributeValue> ledger = dynamo.getItem(b ->
                            b.tableName(table).consistentRead(true).key(Map.of(PK, s(LEDGER), SK, item.get("file"))))
                    .item();
            if (ledger != null
                    && ledger.containsKey("status")
                    && COMMITTED.equals(ledger.get("status").s())) {
                latest = item;
            }
        }
        return latest != null && !isWithdrawn(latest);
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
