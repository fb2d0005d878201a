package uk.scrutiny.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Whether a higher value is better, a lower value is better, or neither is judged. */
public enum Polarity {
    HIGHER("higher"),
    LOWER("lower"),
    NONE("none");

    private final String text;

    Polarity(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<Polarity> fromText(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase();
        return Arrays.stream(values()).filter(p -> p.text.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return text;
    }
}
