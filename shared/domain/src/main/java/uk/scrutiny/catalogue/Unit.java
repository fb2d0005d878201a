package uk.scrutiny.catalogue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an indicator's value measures: a percent (x of n, times 100), a count, a plain number,
 * or a rate per N (x events per N of the denominator).
 */
public record Unit(Kind kind, int perN) {
    public enum Kind {
        PERCENT,
        COUNT,
        NUMBER,
        RATE
    }

    private static final Pattern RATE = Pattern.compile("per\\s+([1-9][0-9]*)");

    public static final Unit PERCENT = new Unit(Kind.PERCENT, 100);
    public static final Unit COUNT = new Unit(Kind.COUNT, 0);
    public static final Unit NUMBER = new Unit(Kind.NUMBER, 0);

    public static Unit ratePer(int n) {
        return new Unit(Kind.RATE, n);
    }

    public static Optional<Unit> fromText(String text) {
        String t = text == null ? "" : text.trim().toLowerCase();
        switch (t) {
            case "percent":
                return Optional.of(PERCENT);
            case "count":
                return Optional.of(COUNT);
            case "number":
                return Optional.of(NUMBER);
            default:
                Matcher m = RATE.matcher(t);
                if (m.matches() && m.group(1).length() <= 9) {
                    return Optional.of(ratePer(Integer.parseInt(m.group(1))));
                }
                return Optional.empty();
        }
    }

    /** Whether a value can be computed from a numerator and a denominator. */
    public boolean hasDenominator() {
        return kind == Kind.PERCENT || kind == Kind.RATE || kind == Kind.NUMBER;
    }

    /** The multiplier from numerator / denominator to value: 100 for a percent, N for a rate per N, 1 for a number. */
    public BigDecimal multiplier() {
        return switch (kind) {
            case PERCENT -> BigDecimal.valueOf(100);
            case RATE -> BigDecimal.valueOf(perN);
            default -> BigDecimal.ONE;
        };
    }

    public String text() {
        return switch (kind) {
            case PERCENT -> "percent";
            case COUNT -> "count";
            case NUMBER -> "number";
            case RATE -> "per " + perN;
        };
    }

    @Override
    public String toString() {
        return text();
    }
}
