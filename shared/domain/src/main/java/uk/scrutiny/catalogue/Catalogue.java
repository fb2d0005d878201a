package uk.scrutiny.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The indicators a council reports on, by code, in the order the catalogue file lists them. */
public final class Catalogue {
    private static final Catalogue EMPTY = new Catalogue(Map.of());

    private final Map<String, Indicator> byCode;

    private Catalogue(Map<String, Indicator> byCode) {
        this.byCode = byCode;
    }

    public static Catalogue of(Collection<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            map.put(indicator.code(), indicator);
        }
        return new Catalogue(Collections.unmodifiableMap(map));
    }

    public static Catalogue empty() {
        return EMPTY;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Indicator> indicators() {
        return byCode.values();
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    public int size() {
        return byCode.size();
    }
}
