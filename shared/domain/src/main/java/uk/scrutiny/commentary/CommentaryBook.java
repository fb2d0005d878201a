package uk.scrutiny.commentary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.scrutiny.period.Period;

/**
 * Every committed commentary row, by code and period. For one code and period the row of the upload
 * that sorts last (upload order, as for figures) is current; the earlier ones are its history.
 */
public final class CommentaryBook {
    private static final CommentaryBook NONE = new CommentaryBook(List.of());

    /** One code and period's commentary: the current row and every row, oldest upload first. */
    public record Entry(StoredCommentary current, List<StoredCommentary> history) {
        public Entry {
            history = List.copyOf(history);
        }

        /** How many uploads have given commentary for this code and period (1 when never revised). */
        public int revisions() {
            return history.size();
        }

        public Commentary commentary() {
            return current.commentary();
        }
    }

    /** By code, then period. */
    private final Map<String, Map<Period, Entry>> byCode = new LinkedHashMap<>();

    private CommentaryBook(List<StoredCommentary> rows) {
        Map<String, Map<Period, List<StoredCommentary>>> grouped = new LinkedHashMap<>();
        for (StoredCommentary row : rows) {
            grouped.computeIfAbsent(row.commentary().code(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.commentary().period(), k -> new ArrayList<>())
                    .add(row);
        }
        grouped.forEach((code, periods) -> {
            Map<Period, Entry> entries = new LinkedHashMap<>();
            periods.forEach((period, list) -> {
                List<StoredCommentary> ordered = new ArrayList<>(list);
                ordered.sort(Comparator.comparing(StoredCommentary::order));
                entries.put(period, new Entry(ordered.get(ordered.size() - 1), ordered));
            });
            byCode.put(code, entries);
        });
    }

    public static CommentaryBook none() {
        return NONE;
    }

    public static CommentaryBook of(List<StoredCommentary> rows) {
        return rows.isEmpty() ? NONE : new CommentaryBook(rows);
    }

    /** The indicator's commentary for exactly this period (its latest), if any. */
    public Optional<Entry> forIndicator(String code, Period period) {
        Map<Period, Entry> periods = byCode.get(code);
        if (periods == null || period == null) {
            return Optional.empty();
        }
        Entry entry = periods.get(period);
        return entry == null || entry.commentary().kind() != Commentary.Kind.INDICATOR
                ? Optional.empty()
                : Optional.of(entry);
    }

    /**
     * The priority's commentary for the latest period it has any for: the period that starts latest,
     * and of two starting together (a year and its first quarter) the longer, the year.
     */
    public Optional<Entry> latestForPriority(String code) {
        Map<Period, Entry> periods = byCode.get(code);
        if (periods == null) {
            return Optional.empty();
        }
        TreeMap<String, Entry> latest = new TreeMap<>();
        periods.forEach((period, entry) -> {
            if (entry.commentary().kind() == Commentary.Kind.PRIORITY) {
                latest.put(period.start() + "#" + period.end(), entry);
            }
        });
        return latest.isEmpty()
                ? Optional.empty()
                : Optional.of(latest.lastEntry().getValue());
    }

    /** Every entry of one code, in no particular order. */
    public List<Entry> entries(String code) {
        return List.copyOf(byCode.getOrDefault(code, Map.of()).values());
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /**
     * Every row, as text in a fixed order whatever order the store read them in: the same book
     * always gives the same text, and any change to a row changes it.
     */
    public String fingerprint() {
        List<String> rows = new ArrayList<>();
        byCode.values()
                .forEach(periods -> periods.values()
                        .forEach(entry -> entry.history()
                                .forEach(row -> rows.add(row.order() + "|" + row.sourceKey() + "|"
                                        + row.commentary().period().frequency() + "|" + row.commentary() + "|"
                                        + row.receivedAt()))));
        rows.sort(null);
        return String.join("\n", rows);
    }
}
