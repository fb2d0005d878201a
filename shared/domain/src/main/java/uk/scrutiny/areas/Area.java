package uk.scrutiny.areas;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code config/areas.csv}.
 *
 * @param parent the home area for a sub-area, the region for an authority (or the home area), else null
 * @param groups the comparator groups an authority belongs to, in file order; empty for other kinds
 */
public record Area(String code, String name, AreaKind kind, String parent, List<String> groups) {
    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        groups = List.copyOf(groups);
    }
}
