package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.scrutiny.catalogue.Unit;

/**
 * Writes figures the way a board paper does: "9.5%", "0.6 points", "48.1 per 1,000", "1,234".
 * Reported figures keep the precision they were reported with (up to 3 decimal places, enough for a default tolerance such as 0.445), so a
 * reason never claims more accuracy than the return had.
 */
public final class UnitFormat {
    private static final int MAX_SCALE = 3;

    private final Unit unit;

    public UnitFormat(Unit unit) {
        this.unit = unit;
    }

    /** A reported or target figure. */
    public String value(BigDecimal value) {
        return withUnit(number(value, displayScale(value)));
    }

    /**
     * A confidence interval, "67.3% to 69.2%" or "44.5 to 51.9 per 1,000", to one decimal place, or two
     * when one would show both limits as the same figure (large denominators give narrow intervals).
     */
    public String range(double lower, double upper) {
        int scale = unit.kind() == Unit.Kind.COUNT ? 0 : 1;
        if (number(BigDecimal.valueOf(lower), scale).equals(number(BigDecimal.valueOf(upper), scale))) {
            scale = 2;
        }
        String from = number(BigDecimal.valueOf(lower), scale);
        String to = number(BigDecimal.valueOf(upper), scale);
        return switch (unit.kind()) {
            case PERCENT -> from + "% to " + to + "%";
            case RATE -> from + " to " + to + " per " + grouped(unit.perN());
            default -> from + " to " + to;
        };
    }

    /** The gap between two figures, as precise as the more precise of them: "0.6 points". */
    public String difference(BigDecimal a, BigDecimal b) {
        BigDecimal gap = a.subtract(b).abs();
        int scale = Math.max(displayScale(a), displayScale(b));
        return amount(gap, scale);
    }

    /** An amount such as a tolerance, with its unit: "1.0 point", "2.5 per 10,000". */
    public String amount(BigDecimal amount) {
        return amount(amount.abs(), displayScale(amount));
    }

    /** Whether amounts of this unit are spoken of as "points" (percentage points). */
    public boolean points() {
        return unit.kind() == Unit.Kind.PERCENT;
    }

    /** A bare number in this unit's style, for phrases like "the 0.45 point tolerance". */
    public String bare(BigDecimal amount) {
        return number(amount.abs(), displayScale(amount));
    }

    private String amount(BigDecimal gap, int scale) {
        String n = number(gap, scale);
        return switch (unit.kind()) {
            case PERCENT -> n + (gap.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
            case RATE -> n + " per " + grouped(unit.perN());
            default -> n;
        };
    }

    private String withUnit(String n) {
        return switch (unit.kind()) {
            case PERCENT -> n + "%";
            case RATE -> n + " per " + grouped(unit.perN());
            default -> n;
        };
    }

    private int displayScale(BigDecimal value) {
        // The scale as reported, not stripped: a tolerance written "1.0" reads "1.0 point".
        if (value.stripTrailingZeros().scale() <= MAX_SCALE) {
            return Math.max(
                    0,
                    value.scale() <= MAX_SCALE
                            ? value.scale()
                            : value.stripTrailingZeros().scale());
        }
        // More decimals than anyone types: computed from numerator and denominator. Board papers
        // give such figures to one decimal place (counts to whole numbers).
        return unit.kind() == Unit.Kind.COUNT ? 0 : 1;
    }

    private static String number(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        // By hand rather than String.format: reasons are written for every figure, and Formatter
        // was half the cost of a rating run.
        String plain = rounded.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
        if (negative) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(digits, point, digits.length());
        }
        return out.toString();
    }

    private static String grouped(int n) {
        return number(BigDecimal.valueOf(n), 0);
    }
}
