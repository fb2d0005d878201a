package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.rating.Fixtures.indicator;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;

class OverdueTest {
    // Due 45 days after the period ends.
    private static final Indicator NEET = indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);
    private static final Period Q1 = Period.parse(Frequency.QUARTERLY, "2023/24 Q1");

    @Test
    void theNextQuarterIsNotOverdueOnItsDueDate() {
        // GIVEN the latest figure is for Q1 (April to June 2023); Q2 ends 30 September, due 45 days later: 14 November
        // WHEN the clock reads 14 November
        ReturnDue due = Overdue.assess(NEET, Q1, LocalDate.of(2023, 11, 14));
        // THEN Q2 is awaited but not late
        assertEquals("2023/24 Q2", due.awaited().text());
        assertEquals(LocalDate.of(2023, 11, 14), due.dueDate());
        assertFalse(due.overdue());
        assertEquals(0, due.daysOverdue());
    }

    @Test
    void itIsOverdueTheDayAfter() {
        ReturnDue due = Overdue.assess(NEET, Q1, LocalDate.of(2023, 11, 15));
        assertTrue(due.overdue());
        assertEquals(1, due.daysOverdue());
        assertEquals(Q1, due.lastPeriod());
    }

    @Test
    void withNothingReportedTheMostRecentPastDuePeriodIsMissing() {
        // GIVEN nothing reported and the clock at 10 January 2024: Q3 (October to December) is due
        // 14 February 2024, not yet passed; Q2 was due 14 November 2023
        ReturnDue due = Overdue.assess(NEET, null, LocalDate.of(2024, 1, 10));
        // THEN Q2 is the missing return, 57 days late (16 days of November + 31 + 10)
        assertNull(due.lastPeriod());
        assertEquals("2023/24 Q2", due.awaited().text());
        assertTrue(due.overdue());
        assertEquals(57, due.daysOverdue());
    }

    @Test
    void anAnnualReturnWithALongLeadTimeIsNotOverdueEarly() {
        // GIVEN an academic-year indicator due 120 days after 31 August, latest 2021/22
        Indicator attainment = new Indicator(
                "KS4",
                "Attainment 8",
                "P1",
                "Priority",
                "Outcome",
                Polarity.HIGHER,
                Unit.NUMBER,
                Frequency.ACADEMIC_YEAR,
                120,
                java.util.List.of("dfe"));
        Period latest = Period.parse(Frequency.ACADEMIC_YEAR, "2021/22");
        // WHEN the clock reads 29 December 2023 (2022/23 due 29 December: 31 August + 120 days)
        ReturnDue due = Overdue.assess(attainment, latest, LocalDate.of(2023, 12, 29));
        // THEN it is due today, not overdue
        assertEquals(LocalDate.of(2023, 12, 29), due.dueDate());
        assertFalse(due.overdue());
    }
}
