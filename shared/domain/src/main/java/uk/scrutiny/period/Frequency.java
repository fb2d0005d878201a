package uk.scrutiny.period;

import java.util.Arrays;
import java.util.Optional;

/** How often an indicator is reported, and so how its periods are written. */
public enum Frequency {
    CALENDAR_YEAR("calendar-year", "a calendar year such as 2007"),
    FINANCIAL_YEAR("financial-year", "a financial year such as 2008/09"),
    ACADEMIC_YEAR("academic-year", "an academic year such as 2008/09"),
    QUARTERLY("quarterly", "a quarter of the financial year such as 2009/10 Q2"),
    MONTHLY("monthly", "a month such as 2014-12");

    private final String text;
    private final String example;

    Frequency(String text, String example) {
        this.text = text;
        this.example = example;
    }

    /** The word used in the catalogue file. */
    public String text() {
        return text;
    }

    /** How a period of this frequency is written, for error messages. */
    public String example() {
        return example;
    }

    /** Periods of this frequency in one year: the step to "the same period a year earlier". */
    public int periodsPerYear() {
        return switch (this) {
            case QUARTERLY -> 4;
            case MONTHLY -> 12;
            default -> 1;
        };
    }

    public static Optional<Frequency> fromText(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase();
        return Arrays.stream(values()).filter(f -> f.text.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return text;
    }
}
