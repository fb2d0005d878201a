package uk.scrutiny.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.scrutiny.csv.CsvRow;
import uk.scrutiny.csv.CsvTable;

/**
 * The columns a kind of file must have and may have; checks a header against them, and each row
 * against its header. A file is exactly what its header says: every column named once, by a name
 * this kind of file has, and no row with more cells than the header has columns.
 *
 * @param numeric the columns that hold numbers, where a decimal comma would split one cell into two
 */
public record Columns(List<String> required, List<String> optional, Set<String> numeric) {
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public Columns(List<String> required, List<String> optional) {
        this(required, optional, Set.of());
    }

    /**
     * Adds a problem for an empty file, each missing required column, and each column of the header
     * that is unnamed, unknown or named twice, each saying which columns are allowed. Returns true
     * only when the header has none of these, so that rows are read only by a header that says
     * exactly what each cell is (a misspelt optional column must not silently drop its values).
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
        Map<String, Integer> seen = new HashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int position = i + 1;
            if (name.isEmpty()) {
                problems.add(
                        1,
                        "",
                        "Column " + position + " of the header has no name: name it, or delete the column if it"
                                + " is not needed. " + allowed());
                readable = false;
            } else if (!required.contains(name) && !optional.contains(name)) {
                String shown = Printable.quoted(name);
                String near = nearest(name);
                problems.add(
                        1,
                        shown,
                        "Unknown column '" + shown + "'" + (near == null ? "." : ": did you mean '" + near + "'?") + " "
                                + allowed());
                readable = false;
            } else {
                Integer first = seen.putIfAbsent(name, position);
                if (first != null) {
                    problems.add(
                            1,
                            name,
                            "Column '" + name + "' appears twice in the header (columns " + first + " and " + position
                                    + "): keep one. " + allowed());
                    readable = false;
                }
            }
        }
        return readable;
    }

    /** "The header may name only ...": the allowed columns, for every header problem. */
    private String allowed() {
        return "The header may name only " + String.join(", ", required)
                + (optional.isEmpty() ? "" : " (required) and " + String.join(", ", optional) + " (optional)")
                + ", each once, in any order.";
    }

    /** The allowed name a misspelling is closest to (at most two letters different), or null. */
    private String nearest(String name) {
        if (name.length() > 40) {
            return null;
        }
        String best = null;
        int bestDistance = 3;
        for (String candidate : all()) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance: letters inserted, deleted or changed. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /**
     * Adds a problem when the row has more cells than the header has columns, saying what most
     * likely caused it: a decimal comma (or thousands separator) in a number, or a comma in text
     * that is not in double quotes. Returns false then: the row's cells are not where the header
     * says, so they are not checked one by one.
     */
    public boolean checkWidth(CsvRow row, Problems problems) {
        List<String> extra = row.extraCells();
        if (extra.isEmpty()) {
            return true;
        }
        List<String> header = row.header();
        String start = "Line " + row.line() + " has " + row.cellCount() + " cells but the header has " + header.size()
                + " columns. ";
        // A number split in two: two whole numbers side by side, the first in a number column. Three digits
        // after the comma are most likely a thousands separator, so such a pair is preferred.
        int split = -1;
        for (int i = 0; i < header.size() && i + 1 < row.cellCount(); i++) {
            if (numeric.contains(header.get(i))
                    && WHOLE.matcher(row.cell(i).trim()).matches()
                    && DIGITS.matcher(row.cell(i + 1).trim()).matches()) {
                if (split < 0 || row.cell(i + 1).trim().length() == 3) {
                    split = i;
                }
                if (row.cell(i + 1).trim().length() == 3) {
                    break;
                }
            }
        }
        if (split >= 0) {
            String here = row.cell(split).trim();
            String next = row.cell(split + 1).trim();
            String column = header.get(split);
            String written = Printable.quoted(here + "," + next);
            String cause = next.length() == 3
                    ? "'" + written + "' in " + column + " has a comma in it: write " + Printable.quoted(here + next)
                            + " if it is a thousands separator, or " + Printable.quoted(here + "." + next)
                            + " if it is a decimal comma."
                    : "'" + written + "' in " + column + " looks like a number with a decimal comma: write "
                            + Printable.quoted(here + "." + next) + ", with a full stop.";
            problems.add(row.line(), column, start + cause);
            return false;
        }
        if (extra.stream().allMatch(String::isBlank)) {
            problems.add(
                    row.line(),
                    "",
                    start + "The cells after the last column are empty: remove the extra commas at the end of the"
                            + " line.");
            return false;
        }
        problems.add(
                row.line(),
                "",
                start + "Most likely a cell holds text with a comma in it that is not in double quotes"
                        + " (write \"Checked, and confirmed\" with the quotes), or a number written with a decimal"
                        + " comma (write 4.5, not 4,5).");
        return false;
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }
}
