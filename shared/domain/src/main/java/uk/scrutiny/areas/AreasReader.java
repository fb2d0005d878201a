package uk.scrutiny.areas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.scrutiny.csv.CsvFileException;
import uk.scrutiny.csv.CsvRow;
import uk.scrutiny.csv.CsvTable;
import uk.scrutiny.validation.Columns;
import uk.scrutiny.validation.Problems;

/**
 * Reads {@code config/areas.csv}: the home and national areas, regions, other councils, comparator
 * groups and the home area's sub-areas. Rejected whole on any problem, so a bad file never
 * replaces a good one. The file is small (a few hundred rows), so it is held while it is checked:
 * a parent or a group may be listed after the rows that name it, and every problem is still
 * reported in line order.
 */
public final class AreasReader {
    public static final String KEY = "config/areas.csv";
    public static final Columns COLUMNS = new Columns(List.of("code", "name", "kind"), List.of("parent", "groups"));

    /** The codes a return's area_code accepts: an ONS (GSS) code, or capitals, digits and '-'. */
    static final Pattern CODE = Pattern.compile("[EWSNK]\\d{8}|[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private static final int NAME_LIMIT = 200;

    private long rowsRead;

    /** Data rows in the last file read. */
    public long rowsRead() {
        return rowsRead;
    }

    private record Row(long line, String code, String name, String kindText, String parent, List<String> groups) {
        AreaKind kind() {
            return AreaKind.fromText(kindText).orElse(null);
        }
    }

    /** The areas read, or {@link AreaList#none()} when there were problems (they are in {@code problems}). */
    public AreaList read(InputStream in, Problems problems) {
        List<Row> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(in)) {
            if (!COLUMNS.check(table, problems)) {
                return AreaList.none();
            }
            Iterator<CsvRow> it = table.rows();
            while (it.hasNext()) {
                CsvRow row = it.next();
                rowsRead++;
                List<String> groups = Arrays.stream(row.get("groups").split(";"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
                rows.add(new Row(
                        row.line(), row.get("code"), row.get("name"), row.get("kind"), row.get("parent"), groups));
            }
        } catch (CsvFileException e) {
            problems.add(e.line(), "", e.getMessage());
            return AreaList.none();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            problems.add(2, "", "The areas file has a header but no areas: list at least the home and national areas.");
            return AreaList.none();
        }
        List<Area> areas = check(rows, problems);
        return problems.isEmpty() ? AreaList.of(areas) : AreaList.none();
    }

    private static List<Area> check(List<Row> rows, Problems problems) {
        // What the whole file says, so that each row can be checked against rows before and after it.
        Map<String, Long> firstLine = new HashMap<>();
        Map<AreaKind, Row> firstOfKind = new HashMap<>();
        Set<String> regions = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (Row r : rows) {
            firstLine.putIfAbsent(r.code(), r.line());
            AreaKind kind = r.kind();
            if (kind != null) {
                firstOfKind.putIfAbsent(kind, r);
                if (kind == AreaKind.REGION) {
                    regions.add(r.code());
                } else if (kind == AreaKind.GROUP) {
                    groups.add(r.code());
                }
            }
        }
        Row home = firstOfKind.get(AreaKind.HOME);
        List<Area> areas = new ArrayList<>(rows.size());
        for (Row r : rows) {
            long before = problems.total();
            checkRow(r, firstLine, firstOfKind, regions, groups, problems);
            if (problems.total() == before) {
                areas.add(new Area(r.code(), r.name(), r.kind(), r.parent().isEmpty() ? null : r.parent(), r.groups()));
            }
        }
        if (home == null) {
            problems.add(
                    0,
                    "kind",
                    "No area is marked home: mark exactly one row as home, the council whose performance is rated.");
        }
        if (!firstOfKind.containsKey(AreaKind.NATIONAL)) {
            problems.add(
                    0,
                    "kind",
                    "No area is marked national: mark exactly one row as national, the benchmark (England,"
                            + " E92000001).");
        }
        return areas;
    }

    private static void checkRow(
            Row r,
            Map<String, Long> firstLine,
            Map<AreaKind, Row> firstOfKind,
            Set<String> regions,
            Set<String> groups,
            Problems problems) {
        long line = r.line();
        String code = r.code();
        if (code.isEmpty()) {
            problems.add(line, "code", "code is empty: every area needs a code.");
        } else if (!CODE.matcher(code).matches()) {
            problems.add(
                    line,
                    "code",
                    "'" + code + "' is not an area code: use an ONS code such as E08000035, or capitals, digits and"
                            + " '-' such as STAT-NEIGHBOURS or LEEDS-CL-ARMLEY (returns must use the same code).");
        } else if (firstLine.get(code) != line) {
            problems.add(
                    line,
                    "code",
                    "Area code '" + code + "' is listed twice: first on line " + firstLine.get(code) + ".");
        }

        if (r.name().isEmpty()) {
            problems.add(line, "name", "name is empty: give the name the dashboard shows for this area.");
        } else if (r.name().length() > NAME_LIMIT) {
            problems.add(
                    line,
                    "name",
                    "name is " + r.name().length() + " characters long: keep it under " + NAME_LIMIT + ".");
        }

        AreaKind kind = r.kind();
        if (kind == null) {
            problems.add(
                    line,
                    "kind",
                    (r.kindText().isEmpty() ? "kind is empty" : "'" + r.kindText() + "' is not a kind of area")
                            + ": write home, national, region, authority, group or sub-area.");
            return;
        }
        Row first = firstOfKind.get(kind);
        if ((kind == AreaKind.HOME || kind == AreaKind.NATIONAL) && first != r) {
            problems.add(
                    line,
                    "kind",
                    "A second " + kind.text() + " area: " + first.code() + " on line " + first.line() + " already is"
                            + " the " + kind.text() + " area. Mark exactly one row as " + kind.text() + ".");
        }
        checkParent(r, kind, firstOfKind.get(AreaKind.HOME), regions, problems);
        checkGroups(r, kind, groups, problems);
    }

    private static void checkParent(Row r, AreaKind kind, Row home, Set<String> regions, Problems problems) {
        long line = r.line();
        String parent = r.parent();
        String homeCode = home == null ? "the home area's code" : home.code();
        switch (kind) {
            case SUB_AREA -> {
                if (parent.isEmpty()) {
                    problems.add(
                            line,
                            "parent",
                            "parent is empty: a sub-area is inside the home area, so give its code, " + homeCode + ".");
                } else if (home != null && !parent.equals(home.code())) {
                    problems.add(
                            line,
                            "parent",
                            "'" + parent + "' is not the home area: a sub-area's parent must be the home area, "
                                    + homeCode + ".");
                }
            }
            case AUTHORITY, HOME -> {
                if (!parent.isEmpty() && !regions.contains(parent)) {
                    problems.add(
                            line,
                            "parent",
                            "'" + parent + "' is not a region in this file: a council's parent is its region."
                                    + " List the region as a row of kind region, or leave parent empty.");
                }
            }
            default -> {
                if (!parent.isEmpty()) {
                    problems.add(
                            line,
                            "parent",
                            "A " + kind.text() + " has no parent: only a sub-area (its parent is the home area) or"
                                    + " a council (its region) has one. Leave parent empty.");
                }
            }
        }
    }

    private static void checkGroups(Row r, AreaKind kind, Set<String> groups, Problems problems) {
        long line = r.line();
        if (r.groups().isEmpty()) {
            return;
        }
        if (kind != AreaKind.AUTHORITY) {
            problems.add(
                    line,
                    "groups",
                    kind == AreaKind.HOME
                            ? "The home area is compared with its groups, not counted in them: leave groups empty"
                                    + " (list the groups on the councils compared with it)."
                            : "Only an authority belongs to comparator groups: leave groups empty for a " + kind.text()
                                    + ".");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String group : r.groups()) {
            if (!seen.add(group)) {
                problems.add(line, "groups", "'" + group + "' is listed twice: list each group once.");
            } else if (!groups.contains(group)) {
                problems.add(
                        line,
                        "groups",
                        "'" + group + "' is not a group in this file: list it as a row of kind group (with its"
                                + " name), or correct the code.");
            }
        }
    }
}
