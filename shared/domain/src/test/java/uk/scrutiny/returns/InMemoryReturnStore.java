package uk.scrutiny.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.period.Period;
import uk.scrutiny.publish.StoredFigures;

/**
 * The store in memory, with the semantics of {@code uk.scrutiny.aws.DynamoPerformanceStore}, so the
 * domain can be tested against it without a table. Like the real one it is both the uploads' store
 * ({@link ReturnStore}) and what the recalculation reads ({@link StoredFigures}).
 *
 * <ul>
 *   <li>{@link #begin} claims an upload in the ledger (PROCESSING) and says NEW; a claimed but
 *       unfinished one is IN_PROGRESS; a committed or rejected one is DONE.
 *   <li>{@link #stage} writes values keyed as the table does (indicator; area, period start and
 *       the upload's order), so staging the same batch again overwrites rather than adds. Staged
 *       values are invisible to {@link #currentValues} until their file is committed.
 *   <li>{@link #commit} marks the file COMMITTED. {@link #promote} then writes each value to its
 *       figure's one current item, as the table's conditional write does: only if the item is
 *       absent or holds an upload that sorts no later ({@link Upload#order()}); either way the
 *       upload's order joins the item's set of revisions. {@link #finish} marks the file CURRENT.
 *       Readers ({@link #currentValues}) read only current items and show one only if its file is
 *       CURRENT; otherwise (a file half promoted) they fall back to that figure's latest revision
 *       from a CURRENT file, as the table's reader does. Revisions count the orders of CURRENT
 *       files. A withdrawn value (no value, numerator nor denominator) is a revision whose current
 *       item readers skip. Committing an upload never begun fails, as the table's condition does;
 *       so does rejecting a committed one.
 *   <li>{@link #replaceCatalogue} and {@link #replaceTargets} store the new set and move the
 *       current pointer to it at once (the table does not wait for the commit either), but only
 *       forward: an upload that sorts before the current one is kept and not made current.
 * </ul>
 *
 * <p>{@link #failOn} makes a chosen call fail before it writes anything, to play a crash between
 * steps. Numbers and periods make the same round trip as through the table (plain decimals, the
 * period re-read with the indicator's frequency). Methods are synchronized, so a test may share
 * one store between threads.
 */
public final class InMemoryReturnStore implements ReturnStore, StoredFigures {

    /** The calls {@link #failOn} can make fail. */
    public enum Call {
        BEGIN,
        STAGE,
        COMMIT,
        PROMOTE,
        FINISH,
        REJECT,
        REPLACE_CATALOGUE,
        REPLACE_TARGETS
    }

    /** A file's status in the ledger, named as the table names it. */
    public enum Status {
        PROCESSING,
        COMMITTED,
        CURRENT,
        REJECTED
    }

    /**
     * One upload's line in the ledger.
     *
     * @param rows        rows committed (0 until committed)
     * @param errorCount  problems found (0 unless rejected)
     * @param indicators  the codes a committed return changed; empty for the catalogue or targets
     * @param commits     how many times {@link #commit} was called for it
     */
    public record LedgerEntry(
            Upload upload,
            String provider,
            Status status,
            long rows,
            long errorCount,
            Set<String> indicators,
            int commits) {}

    /** One value as the table holds it, staged or committed. */
    private record Item(
            String fileId,
            Upload upload,
            String provider,
            String periodText,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String note,
            long line) {}

    private record Pointer(String fileId, String order) {}

    /** A figure's current item: the value of the latest upload promoted to it, and every promoted upload's order. */
    private record Current(String order, Item item, Set<String> revisions) {}

    private final Map<String, LedgerEntry> ledger = new LinkedHashMap<>();
    /** By indicator code, then the table's sort key: area#periodStart#uploadOrder. */
    private final Map<String, TreeMap<String, Item>> series = new HashMap<>();
    /** By indicator code, then area#periodStart: the table's current items. */
    private final Map<String, TreeMap<String, Current>> current = new HashMap<>();

    private final Map<String, Catalogue> catalogues = new HashMap<>();
    private final Map<String, Targets> targetSets = new HashMap<>();
    private Pointer currentCatalogue;
    private Pointer currentTargets;

    private final Map<Call, Integer> calls = new EnumMap<>(Call.class);
    private final Map<Call, Integer> failAt = new EnumMap<>(Call.class);

    // ---- setting up and breaking

    /**
     * The {@code nth} call of this kind from now on throws {@link SimulatedFailure} before it
     * writes anything; the calls before and after it succeed, as a retry after a crash would.
     */
    public synchronized InMemoryReturnStore failOn(Call call, int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth counts from 1");
        }
        failAt.put(call, calls(call) + nth);
        return this;
    }

    // ---- what tests check

    /** How many times this call was made, failed ones included. */
    public synchronized int calls(Call call) {
        return calls.getOrDefault(call, 0);
    }

    /** The ledger line of this upload, if it was ever begun. */
    public synchronized Optional<LedgerEntry> ledger(Upload upload) {
        return Optional.ofNullable(ledger.get(upload.id()));
    }

    /** Every ledger line, in the order the uploads were begun. */
    public synchronized List<LedgerEntry> ledger() {
        return List.copyOf(ledger.values());
    }

    /** Every value item held, staged or committed: what the table would hold of the returns. */
    public synchronized int valueItems() {
        return series.values().stream().mapToInt(Map::size).sum();
    }

    /** Every current value of every indicator of the current catalogue. */
    public synchronized List<ReportedValue> currentValues() {
        return currentValues(catalogue().indicators(), (indicator, e) -> {
            throw new AssertionError("unreadable: " + indicator.code(), e);
        });
    }

    // ---- the ledger

    @Override
    public synchronized FileState begin(Upload upload, String provider) {
        called(Call.BEGIN);
        LedgerEntry entry = ledger.get(upload.id());
        if (entry == null) {
            ledger.put(upload.id(), new LedgerEntry(upload, provider, Status.PROCESSING, 0, 0, Set.of(), 0));
            return FileState.NEW;
        }
        return switch (entry.status()) {
            case PROCESSING -> FileState.IN_PROGRESS;
            case COMMITTED -> FileState.COMMITTED;
            default -> FileState.DONE;
        };
    }

    @Override
    public synchronized void stage(Upload upload, String provider, List<Observation> batch) {
        called(Call.STAGE);
        for (Observation o : batch) {
            series.computeIfAbsent(o.indicatorCode(), k -> new TreeMap<>())
                    .put(o.areaCode() + "#" + o.period().sortKey() + "#" + upload.order(), item(upload, provider, o));
        }
    }

    private static Item item(Upload upload, String provider, Observation o) {
        return new Item(
                upload.id(),
                upload,
                provider,
                o.period().text(),
                asStored(o.value()),
                asStored(o.numerator()),
                asStored(o.denominator()),
                o.note(),
                o.line());
    }

    @Override
    public synchronized void commit(Upload upload, long rows, Set<String> indicators) {
        called(Call.COMMIT);
        LedgerEntry entry = claimed(upload, "commit");
        if (entry.status() == Status.CURRENT) {
            return; // a duplicate delivery finished it first: the table's condition keeps it CURRENT
        }
        ledger.put(
                upload.id(),
                new LedgerEntry(
                        entry.upload(),
                        entry.provider(),
                        Status.COMMITTED,
                        rows,
                        entry.errorCount(),
                        indicators.isEmpty()
                                ? entry.indicators()
                                : Collections.unmodifiableSortedSet(new TreeSet<>(indicators)),
                        entry.commits() + 1));
    }

    @Override
    public synchronized void promote(Upload upload, List<Observation> batch) {
        called(Call.PROMOTE);
        LedgerEntry entry = claimed(upload, "promote");
        if (entry.status() != Status.COMMITTED && entry.status() != Status.CURRENT) {
            throw new IllegalStateException("Cannot promote " + upload.id() + ": it is not committed");
        }
        for (Observation o : batch) {
            String figure = o.areaCode() + "#" + o.period().sortKey();
            TreeMap<String, Current> items = current.computeIfAbsent(o.indicatorCode(), k -> new TreeMap<>());
            Current before = items.get(figure);
            Set<String> revisions = new TreeSet<>(before == null ? Set.of() : before.revisions());
            revisions.add(upload.order());
            if (before == null || before.order().compareTo(upload.order()) <= 0) {
                items.put(figure, new Current(upload.order(), item(upload, entry.provider(), o), revisions));
            } else {
                items.put(figure, new Current(before.order(), before.item(), revisions));
            }
        }
    }

    @Override
    public synchronized void finish(Upload upload) {
        called(Call.FINISH);
        LedgerEntry entry = claimed(upload, "finish");
        if (entry.status() != Status.COMMITTED && entry.status() != Status.CURRENT) {
            throw new IllegalStateException("Cannot finish " + upload.id() + ": it is not committed");
        }
        ledger.put(
                upload.id(),
                new LedgerEntry(
                        entry.upload(),
                        entry.provider(),
                        Status.CURRENT,
                        entry.rows(),
                        entry.errorCount(),
                        entry.indicators(),
                        entry.commits()));
    }

    @Override
    public synchronized void reject(Upload upload, long errorCount) {
        called(Call.REJECT);
        LedgerEntry entry = claimed(upload, "reject");
        if (entry.status() == Status.COMMITTED || entry.status() == Status.CURRENT) {
            throw new IllegalStateException("Cannot reject " + upload.id() + ": it is committed");
        }
        ledger.put(
                upload.id(),
                new LedgerEntry(
                        entry.upload(),
                        entry.provider(),
                        Status.REJECTED,
                        entry.rows(),
                        errorCount,
                        entry.indicators(),
                        entry.commits()));
    }

    private LedgerEntry claimed(Upload upload, String what) {
        LedgerEntry entry = ledger.get(upload.id());
        if (entry == null) {
            // The table's condition attribute_exists(pk) fails the same way.
            throw new IllegalStateException("Cannot " + what + " " + upload.id() + ": it was never begun");
        }
        return entry;
    }

    // ---- returns waiting for a newer catalogue

    /** By ledger id; true while waiting, false once claimed for checking again (the table's RECHECK items). */
    private final Map<String, Boolean> awaiting = new LinkedHashMap<>();

    private final Map<String, Upload> awaitingUploads = new LinkedHashMap<>();

    @Override
    public synchronized void awaitCatalogue(Upload upload, String provider) {
        awaiting.put(upload.id(), true);
        awaitingUploads.put(upload.id(), upload);
    }

    @Override
    public synchronized List<Upload> awaitingCatalogue() {
        return awaiting.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(e -> awaitingUploads.get(e.getKey()))
                .toList();
    }

    @Override
    public synchronized boolean reopen(Upload upload) {
        if (!Boolean.TRUE.equals(awaiting.get(upload.id()))) {
            return false;
        }
        awaiting.put(upload.id(), false);
        LedgerEntry entry = ledger.get(upload.id());
        if (entry == null || entry.status() != Status.REJECTED) {
            return false;
        }
        ledger.put(
                upload.id(),
                new LedgerEntry(
                        entry.upload(),
                        entry.provider(),
                        Status.PROCESSING,
                        entry.rows(),
                        entry.errorCount(),
                        entry.indicators(),
                        entry.commits()));
        return true;
    }

    @Override
    public synchronized boolean isCurrent(String indicatorCode, String areaCode, Period period) {
        return currentValues().stream()
                .anyMatch(v -> v.indicatorCode().equals(indicatorCode)
                        && v.areaCode().equals(areaCode)
                        && v.period().equals(period)
                        && !v.withdrawn());
    }

    @Override
    public synchronized boolean hasFigures(String indicatorCode) {
        return !series.getOrDefault(indicatorCode, new TreeMap<>()).isEmpty();
    }

    // ---- the areas file

    private uk.scrutiny.areas.AreaList areas = uk.scrutiny.areas.AreaList.none();

    @Override
    public synchronized void replaceAreas(Upload upload, uk.scrutiny.areas.AreaList list) {
        areas = list;
    }

    @Override
    public synchronized uk.scrutiny.areas.AreaList areas() {
        return areas;
    }

    // ---- commentary (the table's COMMENTARY items: staged with the file, visible once it is current)

    private final List<uk.scrutiny.commentary.StoredCommentary> commentaryItems = new ArrayList<>();
    private final Map<String, String> commentaryFiles = new HashMap<>();

    @Override
    public synchronized void stageCommentary(Upload upload, List<uk.scrutiny.commentary.Commentary> rows) {
        // Idempotent, as the table's puts of the same keys are.
        commentaryItems.removeIf(
                c -> c.order().equals(upload.order()) && upload.key().equals(c.sourceKey()));
        for (uk.scrutiny.commentary.Commentary c : rows) {
            commentaryItems.add(
                    new uk.scrutiny.commentary.StoredCommentary(c, upload.key(), upload.eventTime(), upload.order()));
        }
        commentaryFiles.put(upload.order() + "|" + upload.key(), upload.id());
    }

    @Override
    public synchronized uk.scrutiny.commentary.CommentaryBook commentary() {
        return uk.scrutiny.commentary.CommentaryBook.of(commentaryItems.stream()
                .filter(c -> {
                    LedgerEntry file = ledger.get(commentaryFiles.get(c.order() + "|" + c.sourceKey()));
                    return file != null && file.status() == Status.CURRENT;
                })
                .toList());
    }

    // ---- catalogue and targets

    @Override
    public synchronized void replaceCatalogue(Upload upload, Catalogue catalogue) {
        called(Call.REPLACE_CATALOGUE);
        catalogues.put(upload.id(), catalogue);
        currentCatalogue = forward(currentCatalogue, upload);
    }

    @Override
    public synchronized void replaceTargets(Upload upload, Targets targets) {
        called(Call.REPLACE_TARGETS);
        targetSets.put(upload.id(), targets);
        currentTargets = forward(currentTargets, upload);
    }

    /** The table's "attribute_not_exists(ord) OR ord < :o": the pointer only ever moves to a later upload. */
    private static Pointer forward(Pointer current, Upload upload) {
        return current == null || current.order().compareTo(upload.order()) < 0
                ? new Pointer(upload.id(), upload.order())
                : current;
    }

    @Override
    public synchronized Catalogue catalogue() {
        return currentCatalogue == null ? Catalogue.empty() : catalogues.get(currentCatalogue.fileId());
    }

    @Override
    public synchronized Targets targets() {
        return currentTargets == null ? Targets.none() : targetSets.get(currentTargets.fileId());
    }

    // ---- values

    @Override
    public synchronized List<ReportedValue> currentValues(
            Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable) {
        Set<String> visibleOrders = new HashSet<>();
        ledger.values().stream()
                .filter(e -> e.status() == Status.CURRENT)
                .forEach(e -> visibleOrders.add(e.upload().order()));
        List<ReportedValue> values = new ArrayList<>();
        for (Indicator indicator : indicators) {
            for (Map.Entry<String, Current> e :
                    current.getOrDefault(indicator.code(), new TreeMap<>()).entrySet()) {
                String figure = e.getKey();
                Current item = e.getValue();
                Item shown = item.item();
                int revisions = (int) item.revisions().stream()
                        .filter(visibleOrders::contains)
                        .count();
                if (!visible(shown)) {
                    // Its file is still being promoted: the latest revision of a current file, as the table's reader.
                    shown = null;
                    revisions = 0;
                    for (Map.Entry<String, Item> r : series.getOrDefault(indicator.code(), new TreeMap<>())
                            .subMap(figure + "#", figure + "#\uffff")
                            .entrySet()) {
                        if (visible(r.getValue())) {
                            shown = r.getValue();
                            revisions++;
                        }
                    }
                }
                if (shown == null) {
                    continue; // none visible yet
                }
                values.add(new ReportedValue(
                        indicator.code(),
                        figure.substring(0, figure.indexOf('#')),
                        Period.parse(indicator.frequency(), shown.periodText()),
                        shown.value(),
                        shown.numerator(),
                        shown.denominator(),
                        shown.note(),
                        shown.provider(),
                        shown.upload().key(),
                        shown.upload().eventTime(),
                        revisions,
                        // Only a withdrawal is stored without a value, as the table's "withdrawn" items are.
                        shown.value() == null));
            }
        }
        return values;
    }

    private boolean visible(Item item) {
        LedgerEntry file = ledger.get(item.fileId());
        return file != null && file.status() == Status.CURRENT;
    }

    /** Every current item held: at most one per figure, whatever the revisions. */
    public synchronized int currentItems() {
        return current.values().stream().mapToInt(Map::size).sum();
    }

    // ---- helpers

    private void called(Call call) {
        int n = calls.merge(call, 1, Integer::sum);
        if (failAt.get(call) != null && failAt.get(call) == n) {
            failAt.remove(call);
            throw new SimulatedFailure("Simulated failure of " + call + " call " + n);
        }
    }

    /** A number as the table gives it back: written as a plain decimal, read as one. */
    private static BigDecimal asStored(BigDecimal number) {
        return number == null ? null : new BigDecimal(number.toPlainString());
    }
}
