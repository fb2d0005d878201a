package uk.scrutiny.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every period a provider can write is stored and read back as itself. The accepted range is
 * small (151 years; 2,869 periods over the five frequencies), so this checks all of them rather
 * than a sample: a property test, exhaustively.
 */
class PeriodRoundTripTest {

    @ParameterizedTest
    @EnumSource(Frequency.class)
    void everyPeriodOfEveryFrequencyInTheAcceptedYearsRoundTrips(Frequency frequency) {
        // GIVEN the first period a provider may write in this frequency
        Period first = Period.parse(
                frequency,
                switch (frequency) {
                    case CALENDAR_YEAR -> "1950";
                    case FINANCIAL_YEAR, ACADEMIC_YEAR -> "1950/51";
                    case QUARTERLY -> "1950/51 Q1";
                    case MONTHLY -> "1950-01";
                });
        assertThrows(
                PeriodFormatException.class,
                () -> Period.parse(frequency, first.previous().text()));
        int count = 0;
        Period last = null;
        // WHEN each period up to the last accepted year is written as text and as its stored form
        for (Period p = first; yearOf(p) <= Period.LAST_YEAR; p = p.next()) {
            Period period = p;
            // THEN the provider's text parses back to the same period
            assertEquals(p, Period.parse(frequency, p.text()), p::text);
            // AND the stored form (frequency and start date) reads back to the same period
            assertEquals(p, Period.startingOn(p.frequency(), p.start()), p::text);
            assertEquals(p.start().toString(), p.sortKey());
            assertTrue(p.start().isBefore(p.end()));
            assertEquals(p.end().plusDays(1), p.next().start(), () -> "no gap after " + period);
            last = p;
            count++;
        }
        // AND the walk covered every year: 151 years of this frequency's periods
        assertEquals((Period.LAST_YEAR - Period.FIRST_YEAR + 1) * frequency.periodsPerYear(), count);
        assertEquals(Period.LAST_YEAR, yearOf(last));
        Period after = last.next();
        assertThrows(PeriodFormatException.class, () -> Period.parse(frequency, after.text()));
    }

    /** The year a provider writes first: the calendar year, the split year's first year, the month's year. */
    private static int yearOf(Period p) {
        return Integer.parseInt(p.text().substring(0, 4));
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource({
        "calendar-year,  1949",
        "calendar-year,  2101",
        "calendar-year,  0000",
        "financial-year, 1949/50",
        "financial-year, 2101/02",
        "academic-year,  0999/00",
        "quarterly,      0000/01 Q1",
        "quarterly,      2101/02 Q4",
        "monthly,        1949-12",
        "monthly,        2101-01",
    })
    void yearsOutsideTheAcceptedRangeAreRejectedWithTheirYearAndTheRange(String frequency, String text) {
        // GIVEN a period in a year no council figure can be for (the example was 0000/01 Q1)
        // WHEN it is parsed
        PeriodFormatException e = assertThrows(
                PeriodFormatException.class,
                () -> Period.parse(Frequency.fromText(frequency).orElseThrow(), text));
        // THEN the message quotes it, names its year and the accepted range
        assertEquals(
                "'" + text + "' is in the year " + Integer.parseInt(text.substring(0, 4))
                        + ": periods from 1950 to 2100 are accepted. Check the year for a typing mistake.",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource({
        "calendar-year,  1950",
        "calendar-year,  2100",
        "financial-year, 1950/51",
        "financial-year, 2100/01",
        "quarterly,      2100/01 Q4",
        "monthly,        1950-01",
        "monthly,        2100-12",
    })
    void theFirstAndLastAcceptedYearsAreAccepted(String frequency, String text) {
        Frequency f = Frequency.fromText(frequency).orElseThrow();
        assertEquals(text, Period.parse(f, text).text());
    }

    @Test
    void aHugeQuarterNumberIsAPeriodErrorNotACrash() {
        // GIVEN a quarter number too long for an int (it used to throw NumberFormatException)
        PeriodFormatException e = assertThrows(
                PeriodFormatException.class, () -> Period.parse(Frequency.QUARTERLY, "2009/10 Q99999999999"));
        assertEquals(
                "'2009/10 Q99999999999' has no quarter 99999999999:"
                        + " quarters run Q1 (April to June) to Q4 (January to March).",
                e.getMessage());
    }

    @Test
    void startingOnRefusesADayThatStartsNoPeriod() {
        assertThrows(
                IllegalArgumentException.class, () -> Period.startingOn(Frequency.QUARTERLY, LocalDate.of(2025, 5, 1)));
        assertEquals(
                Period.parse(Frequency.QUARTERLY, "2025/26 Q2"),
                Period.startingOn(Frequency.QUARTERLY, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void aLongMalformedPeriodIsQuotedShort() {
        String text = "2025/26 ".repeat(1000);
        PeriodFormatException e =
                assertThrows(PeriodFormatException.class, () -> Period.parse(Frequency.QUARTERLY, text));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertTrue(e.getMessage().startsWith("'2025/26 2025/26"), e.getMessage());
    }
}
