package uk.scrutiny.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period of a given frequency: a calendar year, a financial or academic year,
 * a quarter of the financial year, or a month. Periods of one frequency order chronologically
 * and know when they end, which is what due dates and direction of travel are measured from.
 */
public final class Period implements Comparable<Period> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPLIT_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})/(\\d{2}) Q(\\d+)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** The first year a period may start in: earlier is a typing mistake, not a council figure. */
    public static final int FIRST_YEAR = 1950;
    /** The last year a period may start in (a financial year 2100/01 ends in 2101). */
    public static final int LAST_YEAR = 2100;
    /** How much of a provider's text an error message quotes. */
    private static final int SHOWN = 80;

    private final Frequency frequency;
    /** Periods since year 0 in this frequency's own steps; consecutive periods differ by one. */
    private final int index;

    private Period(Frequency frequency, int index) {
        this.frequency = frequency;
        this.index = index;
    }

    /**
     * Reads a period as a provider writes it.
     *
     * @throws PeriodFormatException with a message that says what is wrong and how to write it
     */
    public static Period parse(Frequency frequency, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new PeriodFormatException("The period is empty: write " + frequency.example() + ".");
        }
        return switch (frequency) {
            case CALENDAR_YEAR -> {
                Matcher m = YEAR.matcher(t);
                if (!m.matches()) {
                    throw wrong(frequency, t);
                }
                yield new Period(frequency, inRange(Integer.parseInt(m.group(1)), t));
            }
            case FINANCIAL_YEAR, ACADEMIC_YEAR -> new Period(frequency, inRange(splitYear(frequency, t, t), t));
            case QUARTERLY -> {
                Matcher m = QUARTER.matcher(t);
                if (!m.matches()) {
                    throw wrong(frequency, t);
                }
                int year = inRange(splitYear(frequency, m.group(1) + "/" + m.group(2), t), t);
                // One digit: "Q99999999999" would not even fit an int.
                int quarter = m.group(3).length() == 1 ? Integer.parseInt(m.group(3)) : 0;
                if (quarter < 1 || quarter > 4) {
                    throw new PeriodFormatException("'" + shown(t) + "' has no quarter " + shown(m.group(3))
                            + ": quarters run Q1 (April to June) to Q4 (January to March).");
                }
                yield new Period(frequency, year * 4 + quarter - 1);
            }
            case MONTHLY -> {
                Matcher m = MONTH.matcher(t);
                if (!m.matches()) {
                    throw wrong(frequency, t);
                }
                int year = inRange(Integer.parseInt(m.group(1)), t);
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    throw new PeriodFormatException(
                            "'" + t + "' has no month " + m.group(2) + ": months run 01 to 12, as in 2014-12.");
                }
                yield new Period(frequency, year * 12 + month - 1);
            }
        };
    }

    /** Years outside {@value #FIRST_YEAR} to {@value #LAST_YEAR} are mistakes that would break every later step. */
    private static int inRange(int year, String whole) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new PeriodFormatException("'" + shown(whole) + "' is in the year " + year + ": periods from "
                    + FIRST_YEAR + " to " + LAST_YEAR + " are accepted. Check the year for a typing mistake.");
        }
        return year;
    }

    private static int splitYear(Frequency frequency, String yearText, String whole) {
        Matcher m = SPLIT_YEAR.matcher(yearText);
        if (!m.matches()) {
            throw wrong(frequency, whole);
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != (first + 1) % 100) {
            throw new PeriodFormatException("'" + shown(whole) + "' is not " + article(frequency)
                    + ": the second year must follow the first, as in "
                    + first + "/" + String.format("%02d", (first + 1) % 100) + ".");
        }
        return first;
    }

    private static String article(Frequency frequency) {
        return frequency == Frequency.ACADEMIC_YEAR ? "an academic year" : "a financial year";
    }

    private static PeriodFormatException wrong(Frequency frequency, String text) {
        return new PeriodFormatException("'" + shown(text) + "' is not " + frequency.example()
                + " (this indicator is reported " + frequency.text() + ").");
    }

    /** At most {@value #SHOWN} characters of what the provider wrote, so that a message stays readable. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < SHOWN; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.length() < text.length() ? out + "..." : out.toString();
    }

    /**
     * The period of {@code frequency} that starts on {@code start}: how a stored period is read
     * back, never from its display text.
     *
     * @throws IllegalArgumentException when no period of that frequency starts on that day
     */
    public static Period startingOn(Frequency frequency, LocalDate start) {
        Period p = containing(frequency, start);
        if (!p.start().equals(start)) {
            throw new IllegalArgumentException("No " + frequency.text() + " period starts on " + start);
        }
        return p;
    }

    public Frequency frequency() {
        return frequency;
    }

    /** The first day of the period. */
    public LocalDate start() {
        return switch (frequency) {
            case CALENDAR_YEAR -> LocalDate.of(index, 1, 1);
            case FINANCIAL_YEAR -> LocalDate.of(index, 4, 1);
            case ACADEMIC_YEAR -> LocalDate.of(index, 9, 1);
            case QUARTERLY -> LocalDate.of(index / 4, 4, 1).plusMonths(3L * (index % 4));
            case MONTHLY -> LocalDate.of(index / 12, index % 12 + 1, 1);
        };
    }

    /** The last day of the period: 31 March for a financial year, 31 August for an academic year. */
    public LocalDate end() {
        return switch (frequency) {
            case CALENDAR_YEAR -> LocalDate.of(index, 12, 31);
            case FINANCIAL_YEAR -> LocalDate.of(index + 1, 3, 31);
            case ACADEMIC_YEAR -> LocalDate.of(index + 1, 8, 31);
            case QUARTERLY -> start().plusMonths(3).minusDays(1);
            case MONTHLY -> YearMonth.of(index / 12, index % 12 + 1).atEndOfMonth();
        };
    }

    /** The day a return for this period is due, {@code dueDays} after it ends. */
    public LocalDate dueDate(int dueDays) {
        return end().plusDays(dueDays);
    }

    public Period previous() {
        return new Period(frequency, index - 1);
    }

    public Period next() {
        return new Period(frequency, index + 1);
    }

    /** The same period a year earlier: the previous year, the same quarter last year, the same month last year. */
    public Period yearEarlier() {
        return new Period(frequency, index - frequency.periodsPerYear());
    }

    /** Whether {@code other} comes straight after this one, with no gap. */
    public boolean isFollowedBy(Period other) {
        return other.frequency == frequency && other.index == index + 1;
    }

    /** The period that contains {@code date}. */
    public static Period containing(Frequency frequency, LocalDate date) {
        int y = date.getYear();
        int m = date.getMonthValue();
        return switch (frequency) {
            case CALENDAR_YEAR -> new Period(frequency, y);
            case FINANCIAL_YEAR -> new Period(frequency, m >= 4 ? y : y - 1);
            case ACADEMIC_YEAR -> new Period(frequency, m >= 9 ? y : y - 1);
            case QUARTERLY -> {
                int fy = m >= 4 ? y : y - 1;
                int monthsIn = (m - 4 + 12) % 12;
                yield new Period(frequency, fy * 4 + monthsIn / 3);
            }
            case MONTHLY -> new Period(frequency, y * 12 + m - 1);
        };
    }

    /** A key that sorts chronologically as text: the ISO start date. */
    public String sortKey() {
        return start().toString();
    }

    /** The period as providers write it. */
    public String text() {
        return switch (frequency) {
            case CALENDAR_YEAR -> String.format("%04d", index);
            case FINANCIAL_YEAR, ACADEMIC_YEAR -> splitText(index);
            case QUARTERLY -> splitText(index / 4) + " Q" + (index % 4 + 1);
            case MONTHLY -> String.format("%04d-%02d", index / 12, index % 12 + 1);
        };
    }

    private static String splitText(int first) {
        return String.format("%04d/%02d", first, (first + 1) % 100);
    }

    @Override
    public int compareTo(Period other) {
        if (other.frequency != frequency) {
            return start().compareTo(other.start());
        }
        return Integer.compare(index, other.index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.frequency == frequency && p.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, index);
    }

    @Override
    public String toString() {
        return text();
    }
}
