package uk.scrutiny.commentary;

import java.util.Arrays;
import java.util.Optional;

/** The rating the performance team judges an indicator or priority to deserve, whatever the figures say. */
public enum JudgedRating {
    GREEN,
    AMBER,
    RED;

    /** Case-insensitive: green, Green and GREEN are the same rating. */
    public static Optional<JudgedRating> fromText(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
