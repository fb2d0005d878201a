package uk.scrutiny.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
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
import uk.scrutiny.validation.Columns;
import uk.scrutiny.validation.NumberCell;
import uk.scrutiny.validation.Problems;

/**
 * Reads a provider's return row by row against the catalogue, finding every problem in it and
 * handing each good row on as an {@link Observation}. It holds one row at a time (plus a compact
 * index for duplicates), so memory does not grow with the file.
 */
public final class ReturnReader {
    public static final Columns COLUMNS = new Columns(
            List.of("indicator_code", "period", "area_code", "value"), List.of("numerator", "denominator", "note"));

    /** How far a given value may be from numerator / denominator and still agree. */
    static final BigDecimal AGREEMENT = new BigDecimal("0.05");

    private static final Pattern AREA = Pattern.compile("[EWSNK]\\d{8}|[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final int NOTE_LIMIT = 2000;

    private final Catalogue catalogue;
    private final String provider;
    private long catalogueProblems;

    /** Problems of the last file that only a different catalogue could fix (unknown indicator, wrong provider). */
    public long catalogueProblems() {
        return catalogueProblems;
    }

    public ReturnReader(Catalogue catalogue, String provider) {
        this.catalogue = catalogue;
        this.provider = provider;
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

        String code = row.get("indicator_code");
        Indicator indicator = null;
        if (code.isEmpty()) {
            problems.add(line, "indicator_code", "indicator_code is empty: every row needs an indicator code.");
        } else {
            indicator = catalogue.find(code).orElse(null);
            if (indicator == null) {
                catalogueProblems++;
                problems.add(
                        line,
                        "indicator_code",
                        "Unknown indicator code '" + code + "': it is not in the indicator catalogue.");
            } else if (!indicator.acceptsFrom(provider)) {
                catalogueProblems++;
                problems.add(
                        line,
                        "indicator_code",
                        "Provider '" + provider + "' may not submit indicator '" + code
                                + "': the catalogue allows only " + String.join(", ", indicator.providers()) + ".");
                indicator = null;
            }
        }

        Period period = null;
        String periodText = row.get("period");
        if (periodText.isEmpty()) {
            problems.add(
                    line,
                    "period",
                    "period is empty: every row needs a period"
                            + (indicator == null
                                    ? "."
                                    : ", written as " + indicator.frequency().example() + "."));
        } else if (indicator != null) {
            try {
                period = Period.parse(indicator.frequency(), periodText);
            } catch (PeriodFormatException e) {
                problems.add(line, "period", e.getMessage());
            }
        }

        String area = row.get("area_code");
        if (area.isEmpty()) {
            problems.add(
                    line,
                    "area_code",
                    "area_code is empty: give an ONS code such as E08000035"
                            + " or a comparator group such as STAT-NEIGHBOURS.");
        } else if (!AREA.matcher(area).matches()) {
            problems.add(
                    line,
                    "area_code",
                    "'" + area + "' is not an area code: give an ONS code such as"
                            + " E08000035 or a comparator group in capitals such as STAT-NEIGHBOURS.");
        } else {
            areaCheck.apply(area).ifPresent(message -> problems.add(line, "area_code", message));
        }

        String note = row.raw("note");
        if (note.length() > NOTE_LIMIT) {
            problems.add(
                    line, "note", "note is " + note.length() + " characters long: keep it under " + NOTE_LIMIT + ".");
        }

        BigDecimal value = NumberCell.read(row.get("value"), line, "value", problems);
        BigDecimal numerator = NumberCell.read(row.get("numerator"), line, "numerator", problems);
        BigDecimal denominator = NumberCell.read(row.get("denominator"), line, "denominator", problems);
        if (indicator != null && problems.total() == before) {
            value = checkFigures(indicator.unit(), row, value, numerator, denominator, problems);
        }

        if (code.length() > 0 && !periodText.isEmpty() && !area.isEmpty()) {
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

        if (problems.total() != before) {
            return Optional.empty();
        }
        return Optional.of(new Observation(
                code, period, area, value, numerator, denominator, note.isBlank() ? null : note.strip(), line));
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
                return numerator;
            }
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

    /** numerator / denominator x the unit's multiplier, to six decimal places. */
    static BigDecimal computed(Unit unit, BigDecimal numerator, BigDecimal denominator) {
        return numerator
                .multiply(unit.multiplier())
                .divide(denominator, MathContext.DECIMAL64)
                .setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
