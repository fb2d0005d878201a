package uk.scrutiny.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.scrutiny.csv.CsvFileException;
import uk.scrutiny.csv.CsvRow;
import uk.scrutiny.csv.CsvTable;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.period.PeriodFormatException;
import uk.scrutiny.validation.CellLimits;
import uk.scrutiny.validation.Columns;
import uk.scrutiny.validation.NumberCell;
import uk.scrutiny.validation.Printable;
import uk.scrutiny.validation.Problems;

/**
 * Reads {@code config/targets.csv} against the current catalogue; rejected whole on any problem.
 * A quarterly or monthly indicator's target may be for a financial year as well as for one period.
 */
public final class TargetsReader {
    public static final Columns COLUMNS = new Columns(
            List.of("indicator_code", "period", "target"),
            List.of("amber_tolerance"),
            Set.of("target", "amber_tolerance"));

    private static final Pattern SPLIT_YEAR = Pattern.compile("\\d{4}/\\d{2}");

    private final Catalogue catalogue;

    public TargetsReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    private long rowsRead;

    /** Data rows in the last file read. */
    public long rowsRead() {
        return rowsRead;
    }

    public Targets read(InputStream in, Problems problems) {
        List<Target> targets = new ArrayList<>();
        try (CsvTable table = CsvTable.open(in)) {
            if (!COLUMNS.check(table, problems)) {
                return Targets.none();
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
                Target target = readRow(row, problems);
                if (target != null) {
                    String key = target.indicatorCode() + "|" + target.period().text();
                    Long first = seen.putIfAbsent(key, row.line());
                    if (first != null) {
                        problems.add(
                                row.line(),
                                "indicator_code",
                                "A target for " + target.indicatorCode() + " in "
                                        + target.period().text() + " is already set on line " + first + ".");
                    }
                }
                if (target != null && problems.total() == before) {
                    targets.add(target);
                }
            }
        } catch (CsvFileException e) {
            problems.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? Targets.of(targets) : Targets.none();
    }

    private Target readRow(CsvRow row, Problems problems) {
        long line = row.line();
        String code = row.get("indicator_code");
        Indicator indicator = null;
        if (code.isEmpty()) {
            problems.add(line, "indicator_code", "indicator_code is empty.");
        } else if (CellLimits.fits(code, CellLimits.CODE, "an indicator code", line, "indicator_code", problems)) {
            indicator = catalogue.find(code).orElse(null);
            if (indicator == null) {
                problems.add(
                        line,
                        "indicator_code",
                        "Unknown indicator code '" + Printable.quoted(code)
                                + "': upload a catalogue that lists it before setting its target.");
            } else if (indicator.polarity() == Polarity.NONE) {
                problems.add(
                        line,
                        "indicator_code",
                        "Indicator '" + code
                                + "' has polarity none: it is never rated against a target, so it cannot have one.");
                indicator = null;
            }
        }
        Period period = null;
        String periodText = row.get("period");
        if (periodText.isEmpty()) {
            problems.add(line, "period", "period is empty.");
        } else if (indicator != null
                && CellLimits.fits(periodText, CellLimits.PERIOD, "a period", line, "period", problems)) {
            try {
                period = targetPeriod(indicator.frequency(), periodText);
            } catch (PeriodFormatException e) {
                problems.add(line, "period", e.getMessage());
            }
        }
        BigDecimal target = number(row, "target", true, problems);
        BigDecimal tolerance = number(row, "amber_tolerance", false, problems);
        if (indicator == null || period == null || target == null) {
            return null;
        }
        return new Target(code, period, target, tolerance);
    }

    /**
     * A period of the indicator's own frequency or, for a quarterly or monthly indicator, a whole
     * financial year ({@code 2026/27}), whose target applies to each of its quarters or months.
     */
    private static Period targetPeriod(Frequency frequency, String text) {
        try {
            return Period.parse(frequency, text);
        } catch (PeriodFormatException own) {
            if (frequency != Frequency.QUARTERLY && frequency != Frequency.MONTHLY) {
                throw own;
            }
            try {
                return Period.parse(Frequency.FINANCIAL_YEAR, text);
            } catch (PeriodFormatException year) {
                // "2025/27" was meant as a year: say what is wrong with it as one.
                if (SPLIT_YEAR.matcher(text.trim()).matches()) {
                    throw year;
                }
                throw new PeriodFormatException(
                        own.getMessage() + " A target may also be set for a whole financial year, such as 2026/27.");
            }
        }
    }

    /** The same number rules as a return's figures: plain, not negative, storable. */
    private static BigDecimal number(CsvRow row, String column, boolean required, Problems problems) {
        String text = row.get(column);
        if (text.isEmpty() && required) {
            problems.add(row.line(), column, column + " is empty.");
            return null;
        }
        return NumberCell.read(text, row.line(), column, problems);
    }
}
