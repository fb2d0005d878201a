package uk.scrutiny.csv;

import java.util.List;
import java.util.Map;

/** One data row of a CSV file, its cells looked up by (lower-case) column name. */
public final class CsvRow {
    private final long line;
    private final List<String> fields;
    private final Map<String, Integer> columns;

    CsvRow(long line, List<String> fields, Map<String, Integer> columns) {
        this.line = line;
        this.fields = fields;
        this.columns = columns;
    }

    /** The 1-based line the row starts on (a quoted cell may span several lines). */
    public long line() {
        return line;
    }

    /** The trimmed cell, or "" when the column is absent or the row is short. */
    public String get(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= fields.size()) {
            return "";
        }
        return fields.get(i).trim();
    }

    /** The cell exactly as written (notes keep their spacing and line breaks). */
    public String raw(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= fields.size()) {
            return "";
        }
        return fields.get(i);
    }
}
