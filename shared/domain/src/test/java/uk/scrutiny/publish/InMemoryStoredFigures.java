package uk.scrutiny.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** Grouped by indicator in the order asked for, as the DynamoDB store answers. */
    @Override
    public List<ReportedValue> currentValues(
            Collection<Indicator> indicators, java.util.function.BiConsumer<Indicator, RuntimeException> unreadable) {
        List<ReportedValue> current = new ArrayList<>();
        for (Indicator indicator : indicators) {
            values.stream()
                    .filter(v -> v.indicatorCode().equals(indicator.code()))
                    .forEach(current::add);
        }
        return current;
    }
}
