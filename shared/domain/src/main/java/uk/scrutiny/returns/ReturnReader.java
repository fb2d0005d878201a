package uk.scrutiny.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.csv.CsvFileException;
import uk.scrutiny.csv.CsvRow;
import uk.scrutiny.csv.CsvTable;
import uk.scrutiny.period.Period;
import uk.scrutiny.period.PeriodFormatException;
import uk.scrutiny.validation.CellLimits;
import uk.scrutiny.validation.Columns;
import uk.scrutiny.validation.NumberCell;
import uk.scrutiny.validation.Printable;
import uk.scrutiny.validation.Problems;

/**
 * Reads a provider's return row by row against the catalogue, finding every problem in it and
 * handing each good row on as an {@link Observation}. It holds one row at a time (plus a compact
 * index for duplicates), so memory does not grow with the file.
 */
public final class ReturnReader {
    public static final Columns COLUMNS = new Columns(
            List.of("indicator_code", "period", "area_code", "value"),
            // "action" (withdrawing a figure) is read by the upload processor; it is allowed here so both agree.
            List.of("numerator", "denominator", "note", "action"),
            Set.of("value", "numerator", "denominator"));

    /** How far a given value may be from numerator / denominator and still agree. */
    static final BigDecimal AGREEMENT = new BigDecimal("0.05");

    private static final Pattern AREA = Pattern.compile("[EWSNK]\\d{8}|[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /** Whether a period has ended is judged by the council's own calendar. */
    public static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Catalogue catalogue;
    private final String provider;
    /** The day the file was uploaded, in Europe/London: a figure is for a period that ended before it. */
    private final LocalDate uploadDay;

    private long catalogueProblems;
    private Submitted submitted = (code, area, period) -> false;

    /** Whether a figure is current (accepted and not withdrawn): only such a figure can be withdrawn. */
    @FunctionalInterface
    public interface Submitted {
        boolean test(String indicatorCode, String areaCode, Period period);
    }

    /** Checks each withdrawal against the figures stored; without it, every withdrawal is a row error. */
    public ReturnReader checkingWithdrawals(Submitted submitted) {
        this.submitted = submitted;
        return this;
    }

    /** Problems of the last file that only a different catalogue could fix (unknown indicator, wrong provider). */
    public long catalogueProblems() {
        return catalogueProblems;
    }

    /**
     * @param uploadedAt the upload's event time: a row for a period that has not ended by then
     *                   (in Europe/London) is an error, as no figure can be for the future
     */
    public ReturnReader(Catalogue catalogue, String provider, Instant uploadedAt) {
        this.catalogue = catalogue;
        this.provider = provider;
        this.uploadDay = uploadedAt.atZone(COUNCIL_TIME).toLocalDate();
    }

    /** Checks each well-formed area code too: the function gives the problem with a code, if any. */
    private Function<String, Optional<String>> areaCheck = area -> Optional.empty();

    public ReturnReader checkingAreas(Function<String, Optional<String>> areaCheck) {
        this.areaCheck = areaCheck;
        return this;
    }

    /**
     * Reads the whole stream. Problems go to {@code problems}; each row without a problem goes to
     * {@code accepted}. Returns the number of data rows read.
     */
    public long read(InputStream in, Problems problems, Consumer<Observation> accepted) {
        long rows = 0;
        try (CsvTable table = CsvTable.open(in)) {
            if (!COLUMNS.check(table, problems)) {
                return 0;
            }
            FingerprintIndex seen = new FingerprintIndex();
            Iterator<CsvRow> it = table.rows();
            while (it.hasNext()) {
                CsvRow row = it.next();
                rows++;
                readRow(row, problems, seen).ifPresent(accepted);
            }
            if (rows == 0 && problems.isEmpty()) {
                problems.add(2, "", "The return has a header but no rows: add a row for each figure.");
            }
        } catch (CsvFileException e) {
            problems.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private Optional<Observation> readRow(CsvRow row, Problems problems, FingerprintIndex seen) {
        long line = row.line();
        long before = problems.total();
        if (!COLUMNS.checkWidth(row, problems)) {
            return Optional.empty();
        }

        String code = row.get("indicator_code");
        Indicator indicator = null;
        boolean codeFits =
                CellLimits.fits(code, CellLimits.CODE, "an indicator code", line, "indicator_code", problems);
        if (code.isEmpty()) {
            problems.add(line, "indicator_code", "indicator_code is empty: every row needs an indicator code.");
        } else if (codeFits) {
            indicator = catalogue.find(code).orElse(null);
            if (indicator == null) {
                catalogueProblems++;
                problems.add(
                        line,
                        "indicator_code",
                        "Unknown indicator code '" + Printable.quoted(code)
                                + "': it is not in the indicator catalogue.");
            } else if (!indicator.acceptsFrom(provider)) {
                catalogueProblems++;
                problems.add(
                        line,
                        "indicator_code",
                        "Provider '" + Printable.quoted(provider) + "' may not submit indicator '" + code
                                + "': the catalogue allows only " + String.join(", ", indicator.providers()) + ".");
                indicator = null;
            }
        }

        Period period = null;
        String periodText = row.get("period");
        boolean periodFits = CellLimits.fits(periodText, CellLimits.PERIOD, "a period", line, "period", problems);
        if (periodText.isEmpty()) {
            problems.add(
                    line,
                    "period",
                    "period is empty: every row needs a period"
                            + (indicator == null
                                    ? "."
                                    : ", written as " + indicator.frequency().example() + "."));
        } else if (indicator != null && periodFits) {
            try {
                period = Period.parse(indicator.frequency(), periodText);
            } catch (PeriodFormatException e) {
                problems.add(line, "period", e.getMessage());
            }
            if (period != null && !period.end().isBefore(uploadDay)) {
                problems.add(
                        line,
                        "period",
                        "The period " + period.text() + " has not ended: it ends on " + DAY.format(period.end())
                                + " and this file was uploaded on " + DAY.format(uploadDay)
                                + ". Send a figure once its period has ended.");
            }
        }

        String area = row.get("area_code");
        boolean areaFits = CellLimits.fits(area, CellLimits.AREA, "an area code", line, "area_code", problems);
        if (area.isEmpty()) {
            problems.add(
                    line,
                    "area_code",
                    "area_code is empty: give an ONS code such as E08000035"
                            + " or a comparator group such as STAT-NEIGHBOURS.");
        } else if (areaFits && !AREA.matcher(area).matches()) {
            problems.add(
                    line,
                    "area_code",
                    "'" + Printable.quoted(area) + "' is not an area code: give an ONS code such as"
                            + " E08000035 or a comparator group in capitals such as STAT-NEIGHBOURS.");
        } else {
            areaCheck.apply(area).ifPresent(message -> problems.add(line, "area_code", message));
        }

        String note = row.raw("note");
        CellLimits.fits(note, CellLimits.NOTE, "a note", line, "note", problems);

        String action = row.get("action").strip();
        boolean withdraw = action.equalsIgnoreCase("withdraw");
        BigDecimal value = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        if (!action.isEmpty() && !withdraw) {
            problems.add(
                    line,
                    "action",
                    "action is '" + Printable.quoted(action) + "': leave it empty to submit a figure, or write"
                            + " 'withdraw' (with value, numerator and denominator empty) to withdraw one.");
        } else if (withdraw) {
            for (String column : List.of("value", "numerator", "denominator")) {
                if (!row.get(column).isEmpty()) {
                    problems.add(
                            line,
                            column,
                            "A withdrawal leaves " + column + " empty: it removes the figure for this indicator,"
                                    + " period and area. To correct a figure instead, send the new figure with"
                                    + " action empty.");
                }
            }
        } else {
            value = NumberCell.read(row.get("value"), line, "value", problems);
            numerator = NumberCell.read(row.get("numerator"), line, "numerator", problems);
            denominator = NumberCell.read(row.get("denominator"), line, "denominator", problems);
            if (indicator != null && problems.total() == before) {
                value = checkFigures(indicator.unit(), row, value, numerator, denominator, problems);
            }
        }

        if (!code.isEmpty() && !periodText.isEmpty() && !area.isEmpty() && codeFits && periodFits && areaFits) {
            String key = code + "|" + (period == null ? periodText : period.text()) + "|" + area;
            long first = seen.putIfAbsent(key, line);
            if (first != 0) {
                problems.add(
                        line,
                        "indicator_code",
                        "Indicator " + code + ", period " + periodText + ", area " + area
                                + " appears twice: first on line " + first + ". Give each figure once.");
            }
        }

        if (withdraw && problems.total() == before && !submitted.test(code, area, period)) {
            problems.add(
                    line,
                    "action",
                    "There is no figure to withdraw for " + code + ", " + period.text() + ", area " + area
                            + ": none has been accepted, or it was already withdrawn. Check the indicator, period"
                            + " and area.");
        }
        if (problems.total() != before) {
            return Optional.empty();
        }
        String noted = note.isBlank() ? null : note.strip();
        return Optional.of(
                withdraw
                        ? Observation.withdrawal(code, period, area, noted, line)
                        : new Observation(code, period, area, value, numerator, denominator, noted, line));
    }

    /** Checks value, numerator and denominator together; returns the value to store. */
    private static BigDecimal checkFigures(
            Unit unit, CsvRow row, BigDecimal value, BigDecimal numerator, BigDecimal denominator, Problems problems) {
        long line = row.line();
        if (unit.kind() == Unit.Kind.COUNT) {
            if (denominator != null) {
                problems.add(line, "denominator", "A count has no denominator: leave denominator empty.");
            }
            if (value == null) {
                if (numerator == null) {
                    problems.add(line, "value", "value is empty: give the count.");
                    return null;
                }
                wholeCount(numerator, line, "numerator", problems);
                return numerator;
            }
            wholeCount(value, line, "value", problems);
            if (numerator != null && numerator.compareTo(value) != 0) {
                problems.add(
                        line,
                        "numerator",
                        "numerator " + numerator.toPlainString() + " does not match the count " + value.toPlainString()
                                + ": leave numerator empty or equal.");
            }
            return value;
        }
        if (numerator == null && denominator != null) {
            problems.add(line, "numerator", "numerator is empty but denominator is given: give both or neither.");
            return value;
        }
        if (numerator != null && denominator == null) {
            problems.add(line, "denominator", "denominator is empty but numerator is given: give both or neither.");
            return value;
        }
        if (numerator == null) {
            if (value == null) {
                problems.add(line, "value", "value is empty: give a value, or both numerator and denominator.");
            }
            return value;
        }
        if (unit.kind() == Unit.Kind.PERCENT || unit.kind() == Unit.Kind.RATE) {
            boolean whole = wholeOf(unit, numerator, line, "numerator", problems);
            whole &= wholeOf(unit, denominator, line, "denominator", problems);
            if (!whole) {
                return value;
            }
        }
        if (denominator.signum() == 0) {
            problems.add(line, "denominator", "denominator is 0: it must be above 0.");
            return value;
        }
        if (unit.kind() == Unit.Kind.PERCENT && numerator.compareTo(denominator) > 0) {
            problems.add(
                    line,
                    "numerator",
                    "numerator " + numerator.toPlainString() + " is above denominator " + denominator.toPlainString()
                            + ": a percent cannot be over 100.");
            return value;
        }
        BigDecimal computed = computed(unit, numerator, denominator);
        if (value != null && value.subtract(computed).abs().compareTo(AGREEMENT) > 0) {
            problems.add(
                    line,
                    "value",
                    "value " + value.toPlainString() + " does not match numerator / denominator: "
                            + numerator.toPlainString() + " / " + denominator.toPlainString()
                            + (unit.multiplier().compareTo(BigDecimal.ONE) == 0
                                    ? ""
                                    : " x " + unit.multiplier().toPlainString())
                            + " = " + computed.setScale(2, RoundingMode.HALF_UP).toPlainString()
                            + ". Correct whichever is wrong, or leave value empty to have it computed.");
        }
        return computed;
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    private static void wholeCount(BigDecimal n, long line, String column, Problems problems) {
        if (!isWhole(n)) {
            problems.add(
                    line,
                    column,
                    column + " " + n.toPlainString() + " is not a whole number: a count is a number of people or"
                            + " events, such as "
                            + n.setScale(0, RoundingMode.FLOOR).toPlainString() + " or "
                            + n.setScale(0, RoundingMode.CEILING).toPlainString() + ".");
        }
    }

    /** A percent's or a rate's numerator and denominator count people or events. */
    private static boolean wholeOf(Unit unit, BigDecimal n, long line, String column, Problems problems) {
        if (isWhole(n)) {
            return true;
        }
        problems.add(
                line,
                column,
                column + " " + n.toPlainString() + " is not a whole number: the numerator and denominator of "
                        + (unit.kind() == Unit.Kind.PERCENT ? "a percent" : "a rate " + unit.text())
                        + " count people or events, so both are whole numbers. Give the counts, or leave both"
                        + " empty and give the value.");
        return false;
    }

    /** numerator / denominator x the unit's multiplier, to six decimal places. */
    static BigDecimal computed(Unit unit, BigDecimal numerator, BigDecimal denominator) {
        return numerator
                .multiply(unit.multiplier())
                .divide(denominator, MathContext.DECIMAL64)
                .setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
