package uk.scrutiny.validation;

import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.csv.CsvTable;

/** The columns a kind of file must have and may have; checks a header against them. */
public record Columns(List<String> required, List<String> optional) {

    /**
     * Adds a problem for an empty file, each missing required column, each unknown column and
     * each column named twice. Returns true when rows can be read.
     */
    public boolean check(CsvTable table, Problems problems) {
        if (table.isEmpty()) {
            problems.add(Problem.ofFile("The file is empty: it needs a header line (" + String.join(",", all())
                    + ") and at least one row."));
            return false;
        }
        boolean readable = true;
        for (String column : required) {
            if (!table.hasColumn(column)) {
                problems.add(
                        1,
                        column,
                        "Missing required column '" + column + "'. The header must name "
                                + String.join(", ", required)
                                + (optional.isEmpty() ? "" : " (and may name " + String.join(", ", optional) + ")")
                                + ", in any order.");
                readable = false;
            }
        }
        List<String> seen = new ArrayList<>();
        for (String name : table.header()) {
            if (name.isEmpty()) {
                continue;
            }
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add(1, name, "Unknown column '" + name + "': expected only " + String.join(", ", all()) + ".");
            } else if (seen.contains(name)) {
                problems.add(1, name, "Column '" + name + "' appears twice in the header.");
            }
            seen.add(name);
        }
        return readable;
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }
}
