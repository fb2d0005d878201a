package uk.scrutiny.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.scrutiny.period.Period;

/** Every target the council has set, looked up by indicator and period. */
public final class Targets {
    private final Map<String, Map<Period, Target>> byIndicator;
    private final List<Target> all;

    private Targets(List<Target> all) {
        this.all = List.copyOf(all);
        Map<String, Map<Period, Target>> map = new HashMap<>();
        for (Target t : all) {
            map.computeIfAbsent(t.indicatorCode(), k -> new HashMap<>()).put(t.period(), t);
        }
        this.byIndicator = map;
    }

    public static Targets of(Collection<Target> targets) {
        return new Targets(List.copyOf(targets));
    }

    public static Targets none() {
        return new Targets(List.of());
    }

    public Optional<Target> find(String indicatorCode, Period period) {
        return Optional.ofNullable(
                byIndicator.getOrDefault(indicatorCode, Map.of()).get(period));
    }

    public Map<Period, Target> forIndicator(String indicatorCode) {
        return Collections.unmodifiableMap(byIndicator.getOrDefault(indicatorCode, Map.of()));
    }

    public List<Target> all() {
        return all;
    }
}
