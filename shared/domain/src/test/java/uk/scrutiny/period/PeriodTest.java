package uk.scrutiny.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.period.Frequency.ACADEMIC_YEAR;
import static uk.scrutiny.period.Frequency.CALENDAR_YEAR;
import static uk.scrutiny.period.Frequency.FINANCIAL_YEAR;
import static uk.scrutiny.period.Frequency.MONTHLY;
import static uk.scrutiny.period.Frequency.QUARTERLY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- parsing and round trip

    @ParameterizedTest(name = "{0} ''{1}'' runs {2} to {3}")
    @CsvSource({
        "calendar-year,  2007,       2007-01-01, 2007-12-31",
        "financial-year, 2008/09,    2008-04-01, 2009-03-31",
        "academic-year,  2008/09,    2008-09-01, 2009-08-31",
        "quarterly,      2009/10 Q1, 2009-04-01, 2009-06-30",
        "quarterly,      2009/10 Q2, 2009-07-01, 2009-09-30",
        "quarterly,      2009/10 Q3, 2009-10-01, 2009-12-31",
        "quarterly,      2009/10 Q4, 2010-01-01, 2010-03-31",
        "monthly,        2014-12,    2014-12-01, 2014-12-31",
        "monthly,        2016-02,    2016-02-01, 2016-02-29",
        "monthly,        2015-02,    2015-02-01, 2015-02-28",
        "financial-year, 1999/00,    1999-04-01, 2000-03-31",
        "academic-year,  1999/00,    1999-09-01, 2000-08-31",
        "quarterly,      1999/00 Q4, 2000-01-01, 2000-03-31",
    })
    void parsesEachFrequencyAndKnowsItsStartAndEnd(String frequency, String text, String start, String end) {
        Period p = Period.parse(Frequency.fromText(frequency).orElseThrow(), text);

        assertEquals(d(start), p.start());
        assertEquals(d(end), p.end());
        assertEquals(text, p.text(), "text() writes the period as providers do");
        assertEquals(text, p.toString());
        assertEquals(start, p.sortKey());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(Period.parse(QUARTERLY, "2009/10 Q2"), Period.parse(QUARTERLY, "  2009/10 Q2 "));
    }

    @Test
    void centuryWrapIsValidAndFollowsOn() {
        Period p = Period.parse(FINANCIAL_YEAR, "1999/00");
        assertEquals("2000/01", p.next().text());
        assertEquals("1998/99", p.previous().text());
    }

    // ---- malformed and wrong-frequency periods, each with a message saying how to write it

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "financial-year | 2008/10    | 2008/09",
                "academic-year  | 2008/10    | 2008/09",
                "financial-year | 1999/01    | 1999/00",
                "quarterly      | 2008/10 Q1 | 2008/09",
                "quarterly      | 2009/10 Q5 | Q1 (April to June) to Q4 (January to March)",
                "quarterly      | 2009/10 Q0 | Q1 (April to June) to Q4 (January to March)",
                "monthly        | 2014-13    | 01 to 12",
                "monthly        | 2014-00    | 01 to 12",
                "calendar-year  | 2008/09    | such as 2007",
                "calendar-year  | 07         | such as 2007",
                "calendar-year  | 2007-01    | such as 2007",
                "financial-year | 2008       | such as 2008/09",
                "financial-year | 2008-09    | such as 2008/09",
                "financial-year | 2008/2009  | such as 2008/09",
                "academic-year  | 2008       | such as 2008/09",
                "quarterly      | 2009/10    | such as 2009/10 Q2",
                "quarterly      | 2009 Q2    | such as 2009/10 Q2",
                "monthly        | 2014-1     | such as 2014-12",
                "monthly        | Dec 2014   | such as 2014-12",
                "monthly        | 2014/12    | such as 2014-12",
            })
    void malformedOrWrongFrequencyPeriodsSayHowToWriteThem(String frequency, String text, String advice) {
        Frequency f = Frequency.fromText(frequency).orElseThrow();

        PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parse(f, text));

        assertTrue(e.getMessage().contains(text), "names what was written: " + e.getMessage());
        assertTrue(e.getMessage().contains(advice), "says how to write it: " + e.getMessage());
    }

    @Test
    void wrongFrequencyMessageNamesTheIndicatorsFrequency() {
        PeriodFormatException e =
                assertThrows(PeriodFormatException.class, () -> Period.parse(CALENDAR_YEAR, "2008/09"));
        assertEquals(
                "'2008/09' is not a calendar year such as 2007 (this indicator is reported calendar-year).",
                e.getMessage());
    }

    @Test
    void splitYearMessageSaysWhatTheSecondYearShouldBe() {
        PeriodFormatException e =
                assertThrows(PeriodFormatException.class, () -> Period.parse(FINANCIAL_YEAR, "2008/10"));
        assertEquals(
                "'2008/10' is not a financial year: the second year must follow the first, as in 2008/09.",
                e.getMessage());
        PeriodFormatException academic =
                assertThrows(PeriodFormatException.class, () -> Period.parse(ACADEMIC_YEAR, "2008/10"));
        assertTrue(academic.getMessage().contains("is not an academic year"), academic.getMessage());
    }

    @Test
    void emptyOrNullPeriodSaysHowToWriteIt() {
        PeriodFormatException blank = assertThrows(PeriodFormatException.class, () -> Period.parse(QUARTERLY, "  "));
        assertEquals(
                "The period is empty: write a quarter of the financial year such as 2009/10 Q2.", blank.getMessage());
        assertThrows(PeriodFormatException.class, () -> Period.parse(MONTHLY, null));
    }

    @Test
    void periodFormatExceptionIsAnIllegalArgumentException() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(PeriodFormatException.class));
    }

    // ---- due dates

    @Test
    void dueDateCountsDaysFromTheEndOfThePeriod() {
        assertEquals(d("2010-05-15"), Period.parse(QUARTERLY, "2009/10 Q4").dueDate(45));
        assertEquals(d("2009-03-31"), Period.parse(FINANCIAL_YEAR, "2008/09").dueDate(0));
        assertEquals(d("2009-12-29"), Period.parse(ACADEMIC_YEAR, "2008/09").dueDate(120));
        assertEquals(d("2015-01-30"), Period.parse(MONTHLY, "2014-12").dueDate(30));
    }

    // ---- neighbours

    @ParameterizedTest(name = "{0} {1}: previous {2}, next {3}, a year earlier {4}")
    @CsvSource({
        "calendar-year,  2007,       2006,       2008,       2006",
        "financial-year, 2008/09,    2007/08,    2009/10,    2007/08",
        "academic-year,  2008/09,    2007/08,    2009/10,    2007/08",
        "quarterly,      2009/10 Q1, 2008/09 Q4, 2009/10 Q2, 2008/09 Q1",
        "quarterly,      2009/10 Q4, 2009/10 Q3, 2010/11 Q1, 2008/09 Q4",
        "monthly,        2014-01,    2013-12,    2014-02,    2013-01",
        "monthly,        2014-12,    2014-11,    2015-01,    2013-12",
    })
    void previousNextAndYearEarlier(String frequency, String text, String previous, String next, String yearEarlier) {
        Frequency f = Frequency.fromText(frequency).orElseThrow();
        Period p = Period.parse(f, text);

        assertEquals(Period.parse(f, previous), p.previous());
        assertEquals(Period.parse(f, next), p.next());
        assertEquals(Period.parse(f, yearEarlier), p.yearEarlier());
        assertTrue(p.previous().isFollowedBy(p));
        assertTrue(p.isFollowedBy(p.next()));
    }

    @Test
    void isFollowedByNeedsNoGapAndTheSameFrequency() {
        Period q1 = Period.parse(QUARTERLY, "2009/10 Q1");
        assertFalse(q1.isFollowedBy(Period.parse(QUARTERLY, "2009/10 Q3")), "a gap");
        assertFalse(q1.isFollowedBy(q1), "itself");
        assertFalse(Period.parse(QUARTERLY, "2009/10 Q2").isFollowedBy(q1), "backwards");
        assertFalse(
                Period.parse(FINANCIAL_YEAR, "2008/09").isFollowedBy(Period.parse(ACADEMIC_YEAR, "2009/10")),
                "another frequency");
    }

    // ---- containing a date

    @ParameterizedTest(name = "{0} containing {1} is {2}")
    @CsvSource({
        "calendar-year,  2007-01-01, 2007",
        "calendar-year,  2007-12-31, 2007",
        "financial-year, 2009-03-31, 2008/09",
        "financial-year, 2009-04-01, 2009/10",
        "academic-year,  2009-08-31, 2008/09",
        "academic-year,  2009-09-01, 2009/10",
        "quarterly,      2009-04-01, 2009/10 Q1",
        "quarterly,      2009-06-30, 2009/10 Q1",
        "quarterly,      2009-07-01, 2009/10 Q2",
        "quarterly,      2009-11-15, 2009/10 Q3",
        "quarterly,      2010-01-01, 2009/10 Q4",
        "quarterly,      2010-03-31, 2009/10 Q4",
        "monthly,        2014-12-31, 2014-12",
        "monthly,        2000-02-29, 2000-02",
    })
    void containingFindsThePeriodOfADate(String frequency, String date, String expected) {
        Frequency f = Frequency.fromText(frequency).orElseThrow();
        Period p = Period.containing(f, d(date));
        assertEquals(Period.parse(f, expected), p);
        assertFalse(d(date).isBefore(p.start()));
        assertFalse(d(date).isAfter(p.end()));
    }

    // ---- ordering

    @Test
    void periodsOfOneFrequencyOrderChronologically() {
        List<Period> periods = new ArrayList<>();
        for (String t : List.of("2010/11 Q1", "2009/10 Q4", "2009/10 Q1", "1999/00 Q2", "2009/10 Q3")) {
            periods.add(Period.parse(QUARTERLY, t));
        }
        Collections.sort(periods);
        assertEquals(
                List.of("1999/00 Q2", "2009/10 Q1", "2009/10 Q3", "2009/10 Q4", "2010/11 Q1"),
                periods.stream().map(Period::text).toList());
    }

    @Test
    void sortKeySortsAsTextInTheSameOrderAsThePeriods() {
        List<Period> periods = new ArrayList<>();
        for (String t : List.of("2014-12", "2015-01", "2014-02", "1999-10", "2014-10")) {
            periods.add(Period.parse(MONTHLY, t));
        }
        List<Period> byPeriod = new ArrayList<>(periods);
        Collections.sort(byPeriod);
        List<Period> byKey = new ArrayList<>(periods);
        byKey.sort((a, b) -> a.sortKey().compareTo(b.sortKey()));
        assertEquals(byPeriod, byKey);
        assertEquals("1999-10", byPeriod.get(0).text());
    }

    @Test
    void compareToAgreesWithEquals() {
        Period a = Period.parse(ACADEMIC_YEAR, "2008/09");
        Period b = Period.parse(ACADEMIC_YEAR, " 2008/09");
        assertEquals(0, a.compareTo(b));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.compareTo(a.next()) < 0);
        assertTrue(a.next().compareTo(a) > 0);
    }

    @Test
    void sameTextInDifferentFrequenciesIsNotTheSamePeriod() {
        Period financial = Period.parse(FINANCIAL_YEAR, "2008/09");
        Period academic = Period.parse(ACADEMIC_YEAR, "2008/09");
        assertFalse(financial.equals(academic));
        assertEquals(FINANCIAL_YEAR, financial.frequency());
        assertTrue(financial.compareTo(academic) < 0, "April starts before September");
    }

    // ---- frequency words

    @Test
    void frequencyReadsTheCatalogueWordsOnly() {
        assertEquals(QUARTERLY, Frequency.fromText(" Quarterly ").orElseThrow());
        assertEquals(CALENDAR_YEAR, Frequency.fromText("calendar-year").orElseThrow());
        assertTrue(Frequency.fromText("annual").isEmpty());
        assertTrue(Frequency.fromText(null).isEmpty());
        assertEquals(4, QUARTERLY.periodsPerYear());
        assertEquals(12, MONTHLY.periodsPerYear());
        assertEquals(1, ACADEMIC_YEAR.periodsPerYear());
    }
}
