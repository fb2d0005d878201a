package uk.scrutiny.csv;

import java.util.List;
import java.util.Map;

/** One data row of a CSV file, its cells looked up by (lower-case) column name. */
public final class CsvRow {
    private final long line;
    private final List<String> fields;
    private final Map<String, Integer> columns;
    private final List<String> header;

    CsvRow(long line, List<String> fields, Map<String, Integer> columns, List<String> header) {
        this.line = line;
        this.fields = fields;
        this.columns = columns;
        this.header = header;
    }

    /** The file's header: its column names, lower-case, in file order. */
    public List<String> header() {
        return header;
    }

    /** The cells after the header's last column: none in a well-formed row. */
    public List<String> extraCells() {
        return fields.size() <= header.size() ? List.of() : fields.subList(header.size(), fields.size());
    }

    /** How many cells the row has (a short row may have fewer than the header). */
    public int cellCount() {
        return fields.size();
    }

    /** The cell at a 0-based position, exactly as written, or "" past the end of the row. */
    public String cell(int index) {
        return index < fields.size() ? fields.get(index) : "";
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
