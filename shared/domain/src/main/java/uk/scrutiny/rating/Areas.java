package uk.scrutiny.rating;

import java.util.Map;

/** Names that councillors recognise for the area codes in the returns. */
public final class Areas {
    private static final Map<String, String> NAMES = Map.of(
            "E92000001", "England",
            "E12000003", "Yorkshire and The Humber",
            "E08000035", "Leeds",
            "STAT-NEIGHBOURS", "statistical neighbours",
            "CORE-CITIES", "core cities");

    private Areas() {}

    /** The area's name, or its code when we do not know it: better a code than a blank. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
