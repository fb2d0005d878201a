package uk.scrutiny.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.scrutiny.csv.CsvFileException;
import uk.scrutiny.csv.CsvRow;
import uk.scrutiny.csv.CsvTable;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.validation.CellLimits;
import uk.scrutiny.validation.Columns;
import uk.scrutiny.validation.Printable;
import uk.scrutiny.validation.Problems;
import uk.scrutiny.validation.TextCell;

/**
 * Reads {@code config/indicators.csv}, the indicator catalogue. A catalogue with any problem is
 * rejected whole, so a bad catalogue never replaces a good one.
 */
public final class CatalogueReader {
    public static final Columns COLUMNS = new Columns(
            List.of(
                    "code",
                    "title",
                    "priority_code",
                    "priority_title",
                    "outcome",
                    "polarity",
                    "unit",
                    "frequency",
                    "due_days",
                    "providers"),
            List.of("definition", "source", "methodology", "owner"),
            Set.of("due_days"));

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /**
     * Folder names under returns/ that are not providers: a return from "config" would report to
     * reports/config/..., over the catalogue's or the targets' own report, and one from "returns"
     * over the report of a key outside the layout, and one from "commentary" over a commentary file's.
     */
    public static final Set<String> RESERVED_PROVIDERS = Set.of("config", "returns", "commentary");

    private long rowsRead;
    private final Map<String, Long> lines = new HashMap<>();

    /** The line an indicator code was first read on in the last file, or 0 if it was not in it. */
    public long lineOf(String code) {
        return lines.getOrDefault(code, 0L);
    }

    /** Data rows in the last file read. */
    public long rowsRead() {
        return rowsRead;
    }

    /** The catalogue read, or an empty one when there were problems (they are in {@code problems}). */
    public Catalogue read(InputStream in, Problems problems) {
        List<Indicator> indicators = new ArrayList<>();
        try (CsvTable table = CsvTable.open(in)) {
            if (!COLUMNS.check(table, problems)) {
                return Catalogue.empty();
            }
            Map<String, Long> codes = new HashMap<>();
            Map<String, String[]> priorities = new LinkedHashMap<>();
            Iterator<CsvRow> it = table.rows();
            while (it.hasNext()) {
                CsvRow row = it.next();
                rowsRead++;
                if (!COLUMNS.checkWidth(row, problems)) {
                    continue;
                }
                long before = problems.total();
                Indicator indicator = readRow(row, problems);
                String code = row.get("code");
                if (!code.isEmpty()) {
                    Long first = codes.putIfAbsent(code, row.line());
                    lines.putIfAbsent(code, row.line());
                    if (first != null) {
                        problems.add(
                                row.line(),
                                "code",
                                "Indicator code '" + Printable.quoted(code) + "' is listed twice: first on line "
                                        + first + ".");
                    }
                }
                checkPriority(row, priorities, problems);
                if (indicator != null && problems.total() == before) {
                    indicators.add(indicator);
                }
            }
            if (problems.isEmpty() && indicators.isEmpty()) {
                problems.add(2, "", "The catalogue has a header but no indicators: list at least one.");
            }
        } catch (CsvFileException e) {
            problems.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? Catalogue.of(indicators) : Catalogue.empty();
    }

    /** One priority has one title and belongs to one outcome, or the roll-up would be ambiguous. */
    private static void checkPriority(CsvRow row, Map<String, String[]> priorities, Problems problems) {
        String code = row.get("priority_code");
        if (code.isEmpty()) {
            return;
        }
        String[] seen = priorities.putIfAbsent(
                code, new String[] {row.get("priority_title"), row.get("outcome"), Long.toString(row.line())});
        if (seen == null) {
            return;
        }
        if (!seen[0].equals(row.get("priority_title"))) {
            problems.add(
                    row.line(),
                    "priority_title",
                    "Priority " + Printable.quoted(code) + " is titled '" + Printable.quoted(seen[0]) + "' on line "
                            + seen[2] + " but '" + Printable.quoted(row.get("priority_title"))
                            + "' here: give it one title.");
        }
        if (!seen[1].equals(row.get("outcome"))) {
            problems.add(
                    row.line(),
                    "outcome",
                    "Priority " + Printable.quoted(code) + " belongs to outcome '" + Printable.quoted(seen[1])
                            + "' on line " + seen[2] + " but '" + Printable.quoted(row.get("outcome"))
                            + "' here: a priority serves one outcome.");
        }
    }

    private static Indicator readRow(CsvRow row, Problems problems) {
        long line = row.line();
        String code = row.get("code");
        if (code.isEmpty()) {
            problems.add(line, "code", "code is empty: every indicator needs a code.");
        } else if (!CODE.matcher(code).matches()) {
            problems.add(
                    line,
                    "code",
                    "'" + Printable.quoted(code) + "' is not a usable code: use letters, digits, '-', '_' or '.'"
                            + " (up to 64), starting with a letter or digit.");
        }
        for (String column : List.of("title", "priority_code", "priority_title", "outcome")) {
            if (row.get(column).isEmpty()) {
                problems.add(line, column, column + " is empty.");
            } else if (column.equals("priority_code")) {
                CellLimits.fits(row.get(column), CellLimits.CODE, "a priority code", line, column, problems);
            } else {
                CellLimits.fits(row.get(column), CellLimits.TITLE, "a title", line, column, problems);
            }
        }
        Polarity polarity = Polarity.fromText(row.get("polarity")).orElse(null);
        if (polarity == null) {
            problems.add(
                    line,
                    "polarity",
                    "'" + Printable.quoted(row.get("polarity")) + "' is not a polarity: write higher, lower or none.");
        }
        Unit unit = Unit.fromText(row.get("unit")).orElse(null);
        if (unit == null) {
            problems.add(
                    line,
                    "unit",
                    "'" + Printable.quoted(row.get("unit"))
                            + "' is not a unit: write percent, count, number, or per N (e.g. per 1000).");
        }
        Frequency frequency = Frequency.fromText(row.get("frequency")).orElse(null);
        if (frequency == null) {
            problems.add(
                    line,
                    "frequency",
                    "'" + Printable.quoted(row.get("frequency")) + "' is not a frequency: write calendar-year,"
                            + " financial-year, academic-year, quarterly or monthly.");
        }
        Integer dueDays = null;
        String due = row.get("due_days");
        if (!due.matches("\\d{1,4}")) {
            problems.add(
                    line,
                    "due_days",
                    "'" + Printable.quoted(due) + "' is not a number of days: write a whole number from 0 to 9999.");
        } else {
            dueDays = Integer.parseInt(due);
        }
        CellLimits.fits(row.get("providers"), CellLimits.PROVIDERS, "a list of providers", line, "providers", problems);
        List<String> providers = Arrays.stream(row.get("providers").split(";"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        if (providers.isEmpty()) {
            problems.add(
                    line, "providers", "providers is empty: list who may submit this indicator, separated by ';'.");
        }
        for (String provider : providers) {
            if (!PROVIDER.matcher(provider).matches()) {
                problems.add(
                        line,
                        "providers",
                        "'" + Printable.quoted(provider) + "' is not a provider id: use lower-case letters,"
                                + " digits and '-' (it is the folder name under returns/).");
            } else if (RESERVED_PROVIDERS.contains(provider)) {
                problems.add(line, "providers", "'" + provider + "' is reserved and cannot be a provider id.");
            }
        }
        About about = new About(
                TextCell.check(row.raw("definition"), line, "definition", problems),
                TextCell.check(row.raw("source"), line, "source", problems),
                TextCell.check(row.raw("methodology"), line, "methodology", problems),
                TextCell.check(row.raw("owner"), line, "owner", problems));
        if (polarity == null || unit == null || frequency == null || dueDays == null || code.isEmpty()) {
            return null;
        }
        return new Indicator(
                code,
                row.get("title"),
                row.get("priority_code"),
                row.get("priority_title"),
                row.get("outcome"),
                polarity,
                unit,
                frequency,
                dueDays,
                providers,
                about);
    }
}
