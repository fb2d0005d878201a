package uk.scrutiny.commentary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.csv.CsvFileException;
import uk.scrutiny.csv.CsvRow;
import uk.scrutiny.csv.CsvTable;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.period.PeriodFormatException;
import uk.scrutiny.validation.CellLimits;
import uk.scrutiny.validation.Columns;
import uk.scrutiny.validation.Printable;
import uk.scrutiny.validation.Problems;
import uk.scrutiny.validation.TextCell;

/**
 * Reads {@code commentary/<any name>.csv}: the performance team's judged ratings and stories, one
 * row per indicator or priority and period. Checked against the catalogue in force; rejected whole
 * on any problem, like every other upload. A commentary file is small (a board's worth of rows),
 * so its rows are held while it is read.
 */
public final class CommentaryReader {
    public static final String PREFIX = "commentary/";
    public static final Columns COLUMNS = new Columns(
            List.of("code", "period"), List.of("judged_rating", "reason", "story", "actions", "author"), Set.of());

    private final Catalogue catalogue;
    private final Map<String, String> priorities = new LinkedHashMap<>();
    private long rowsRead;
    private long catalogueProblems;

    public CommentaryReader(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (Indicator i : catalogue.indicators()) {
            priorities.putIfAbsent(i.priorityCode(), i.priorityTitle());
        }
    }

    /** Data rows in the last file read. */
    public long rowsRead() {
        return rowsRead;
    }

    /** Problems that only a different catalogue could fix: codes it does not list. */
    public long catalogueProblems() {
        return catalogueProblems;
    }

    /** The rows read, or none when there were problems (they are in {@code problems}). */
    public List<Commentary> read(InputStream in, Problems problems) {
        List<Commentary> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(in)) {
            if (!COLUMNS.check(table, problems)) {
                return List.of();
            }
            Map<String, Long> seen = new HashMap<>();
            Iterator<CsvRow> it = table.rows();
            while (it.hasNext()) {
                CsvRow row = it.next();
                rowsRead++;
                if (!COLUMNS.checkWidth(row, problems)) {
                    continue;
                }
                long before = problems.total();
                Commentary c = readRow(row, problems);
                if (c != null) {
                    String id = c.code() + "#" + c.period().frequency() + "#"
                            + c.period().start();
                    Long first = seen.putIfAbsent(id, row.line());
                    if (first != null) {
                        problems.add(
                                row.line(),
                                "code",
                                "Commentary for " + c.code() + ", period "
                                        + c.period().text() + " appears twice: first on line " + first
                                        + ". Give each once.");
                    }
                }
                if (c != null && problems.total() == before) {
                    rows.add(c);
                }
            }
            if (rowsRead == 0 && problems.isEmpty()) {
                problems.add(
                        2,
                        "",
                        "The commentary file has a header but no rows: add a row for each indicator or"
                                + " priority you comment on.");
            }
        } catch (CsvFileException e) {
            problems.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? List.copyOf(rows) : List.of();
    }

    private Commentary readRow(CsvRow row, Problems problems) {
        long line = row.line();
        String code = row.get("code");
        Commentary.Kind kind = null;
        Indicator indicator = null;
        if (code.isEmpty()) {
            problems.add(line, "code", "code is empty: give an indicator code or a priority code from the catalogue.");
        } else if (CellLimits.fits(code, CellLimits.CODE, "a code", line, "code", problems)) {
            indicator = catalogue.find(code).orElse(null);
            if (indicator != null) {
                kind = Commentary.Kind.INDICATOR;
            } else if (priorities.containsKey(code)) {
                kind = Commentary.Kind.PRIORITY;
            } else {
                catalogueProblems++;
                problems.add(
                        line,
                        "code",
                        "Unknown code '" + Printable.quoted(code) + "': it is neither an indicator code nor a"
                                + " priority code (priority_code) in the indicator catalogue.");
            }
        }
        Period period = period(row, kind, indicator, problems);
        JudgedRating rating = null;
        String ratingText = row.get("judged_rating");
        if (!ratingText.isEmpty()) {
            rating = JudgedRating.fromText(ratingText).orElse(null);
            if (rating == null) {
                problems.add(
                        line,
                        "judged_rating",
                        "'" + Printable.quoted(ratingText) + "' is not a rating: write GREEN, AMBER or RED, or leave"
                                + " it empty to judge nothing.");
            }
        }
        String reason = TextCell.check(row.raw("reason"), line, "reason", problems);
        String story = TextCell.check(row.raw("story"), line, "story", problems);
        String actions = TextCell.check(row.raw("actions"), line, "actions", problems);
        String author = TextCell.check(row.raw("author"), line, "author", problems);
        if (!ratingText.isEmpty() && row.get("reason").isEmpty()) {
            problems.add(
                    line,
                    "reason",
                    "reason is empty: a judged rating needs a reason, saying why the figures' own rating is not"
                            + " the one to show.");
        }
        if (ratingText.isEmpty() && !row.get("reason").isEmpty()) {
            problems.add(
                    line,
                    "judged_rating",
                    "judged_rating is empty but a reason is given: a reason explains a judged rating, so give the"
                            + " rating (GREEN, AMBER or RED), or put the text in story.");
        } else if (ratingText.isEmpty()
                && row.get("story").isEmpty()
                && row.get("actions").isEmpty()) {
            problems.add(line, "", "The row says nothing: give a judged_rating (with its reason), a story or actions.");
        }
        if (kind == null || period == null) {
            return null;
        }
        return new Commentary(code, kind, period, rating, reason, story, actions, author, line);
    }

    private static Period period(CsvRow row, Commentary.Kind kind, Indicator indicator, Problems problems) {
        long line = row.line();
        String text = row.get("period");
        if (text.isEmpty()) {
            problems.add(line, "period", "period is empty: every row needs the period it comments on.");
            return null;
        }
        if (!CellLimits.fits(text, CellLimits.PERIOD, "a period", line, "period", problems) || kind == null) {
            return null;
        }
        if (kind == Commentary.Kind.INDICATOR) {
            try {
                return Period.parse(indicator.frequency(), text);
            } catch (PeriodFormatException e) {
                problems.add(line, "period", e.getMessage());
                return null;
            }
        }
        try {
            return Period.parse(text.contains("Q") ? Frequency.QUARTERLY : Frequency.FINANCIAL_YEAR, text);
        } catch (PeriodFormatException e) {
            problems.add(
                    line,
                    "period",
                    "'" + Printable.quoted(text) + "' is not a financial year such as 2026/27 or a quarter such as"
                            + " 2026/27 Q2: a priority's commentary is for one of those (" + e.getMessage() + ")");
            return null;
        }
    }
}
