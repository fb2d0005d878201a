package uk.scrutiny.returns;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads a number a provider typed, refusing what a spreadsheet might have let through. */
final class NumberCell {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberCell() {
    }

    /** The number, or null when the cell is blank; a problem is added when it is not a usable number. */
    static BigDecimal read(String text, long line, String column, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        String hint = "";
        if (text.endsWith("%")) {
            hint = " Write it without the % sign.";
        } else if (text.matches("[0-9.,]+") && text.contains(",")) {
            hint = " Write it without thousands separators (1290, not 1,290).";
        }
        if (!PLAIN.matcher(text).matches()) {
            problems.add(line, column, "'" + text + "' is not a number." + hint);
            return null;
        }
        BigDecimal number = new BigDecimal(text);
        if (number.signum() < 0) {
            problems.add(line, column, column + " is " + text + ": it must not be negative.");
            return null;
        }
        return number;
    }
}
