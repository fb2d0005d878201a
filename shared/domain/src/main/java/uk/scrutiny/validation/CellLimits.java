package uk.scrutiny.validation;

/**
 * The longest text each kind of cell may hold (documented in the README's file formats). A longer
 * cell is a row error that quotes only its start, so neither the report nor the store ever holds
 * a cell's worth of pasted text. Any cell over the CSV reader's own limit (10,000 characters)
 * stops the read with a file error instead.
 */
public final class CellLimits {
    /** Indicator and priority codes. */
    public static final int CODE = 64;
    /** Area codes: an ONS code is 9 characters, a comparator group such as STAT-NEIGHBOURS a few more. */
    public static final int AREA = 64;
    /** Periods: the longest, such as 2009/10 Q2, is 10 characters. */
    public static final int PERIOD = 20;
    /** Numbers: value, numerator, denominator, target, tolerance. */
    public static final int NUMBER = NumberCell.MAX_LENGTH;
    /** Notes on a figure. */
    public static final int NOTE = 2000;
    /** Catalogue titles: indicator, priority and outcome. */
    public static final int TITLE = 300;
    /** The catalogue's providers cell (each provider id at most 63). */
    public static final int PROVIDERS = 1000;

    private CellLimits() {}

    /**
     * Adds a problem when {@code text} is longer than {@code max}, and returns false; true when it fits.
     *
     * @param kind what the cell holds, with its article: "an area code"
     */
    public static boolean fits(String text, int max, String kind, long line, String column, Problems problems) {
        if (text.length() <= max) {
            return true;
        }
        problems.add(
                line,
                column,
                column + " '" + Printable.quoted(text) + "' is " + text.length() + " characters long: " + kind
                        + " has at most " + max + ".");
        return false;
    }
}
