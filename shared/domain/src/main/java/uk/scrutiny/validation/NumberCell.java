package uk.scrutiny.validation;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads a number a provider typed, refusing what a spreadsheet might have let through. */
public final class NumberCell {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    /**
     * Far beyond any council figure, well within what can be stored (DynamoDB: 38 digits, below
     * 1E+126) and small enough that arithmetic on it is instant: "1e999999999" would otherwise
     * expand to a billion digits.
     */
    static final int MAX_LENGTH = 100;

    static final int MAX_WHOLE_DIGITS = 15;
    static final int MAX_DECIMALS = 20;

    private NumberCell() {}

    /** The number, or null when the cell is blank; a problem is added when it is not a usable number. */
    public static BigDecimal read(String text, long line, String column, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        String hint = "";
        if (text.endsWith("%")) {
            hint = " Write it without the % sign.";
        } else if (text.matches("[0-9.,]+") && text.contains(",")) {
            hint = " Write it without thousands separators (1290, not 1,290).";
        }
        String shown = Printable.quoted(text);
        if (!PLAIN.matcher(text).matches()) {
            problems.add(line, column, "'" + shown + "' is not a number." + hint);
            return null;
        }
        BigDecimal number = text.length() > MAX_LENGTH ? null : new BigDecimal(text).stripTrailingZeros();
        if (number == null || number.precision() - number.scale() > MAX_WHOLE_DIGITS || number.scale() > MAX_DECIMALS) {
            problems.add(
                    line,
                    column,
                    column + " " + shown + " is out of range: give at most " + MAX_WHOLE_DIGITS
                            + " digits before the decimal point and " + MAX_DECIMALS + " after.");
            return null;
        }
        number = new BigDecimal(text);
        if (number.signum() < 0) {
            problems.add(line, column, column + " is " + shown + ": it must not be negative.");
            return null;
        }
        return number;
    }
}
