package uk.scrutiny.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.returns.ReportedValue;

/**
 * What the recalculation reads, held in memory as the store would give it: the catalogue and
 * targets in force and the current value of every figure. {@link #revise} plays a committed
 * return changing one figure.
 */
final class InMemoryStoredFigures implements StoredFigures {
    private final Catalogue catalogue;
    private final Targets targets;
    private final List<ReportedValue> values;

    InMemoryStoredFigures(Catalogue catalogue, Targets targets, List<ReportedValue> values) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.values = new ArrayList<>(values);
    }

    /** The Leeds example's catalogue, targets and figures. */
    static InMemoryStoredFigures leeds() {
        return new InMemoryStoredFigures(LeedsExample.catalogue(), LeedsExample.targets(), LeedsExample.values());
    }

    /** Makes this the current value of its figure (indicator, area, period), replacing any before it. */
    void revise(ReportedValue value) {
        values.removeIf(v -> v.indicatorCode().equals(value.indicatorCode())
                && v.areaCode().equals(value.areaCode())
                && v.period().equals(value.period()));
        values.add(value);
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public Targets targets() {
        return targets;
    }

    /** The rating results kept, by code, each with the fingerprint it was made with; as the table keeps them. */
    private final Map<String, Map.Entry<String, byte[]>> results = new HashMap<>();

    /** The indicators whose figures were read, in every call since the last {@link #clearReads}. */
    final List<String> reads = new ArrayList<>();

    void clearReads() {
        reads.clear();
    }

    @Override
    public Map<String, byte[]> ratingResults(String fingerprint) {
        Map<String, byte[]> kept = new HashMap<>();
        results.forEach((code, r) -> {
            if (r.getKey().equals(fingerprint)) {
                kept.put(code, r.getValue().clone());
            }
        });
        return kept;
    }

    @Override
    public void saveRatingResults(String fingerprint, Map<String, byte[]> made) {
        made.forEach((code, bytes) -> results.put(code, Map.entry(fingerprint, bytes.clone())));
    }

    /** Grouped by indicator in the order asked for, as the DynamoDB store answers. */
    @Override
    public List<ReportedValue> currentValues(
            Collection<Indicator> indicators, java.util.function.BiConsumer<Indicator, RuntimeException> unreadable) {
        List<ReportedValue> current = new ArrayList<>();
        for (Indicator indicator : indicators) {
            reads.add(indicator.code());
            values.stream()
                    .filter(v -> v.indicatorCode().equals(indicator.code()))
                    .forEach(current::add);
        }
        return current;
    }
}
