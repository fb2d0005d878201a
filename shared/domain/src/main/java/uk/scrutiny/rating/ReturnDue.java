package uk.scrutiny.rating;

import java.time.LocalDate;
import uk.scrutiny.period.Period;

/**
 * The return an indicator is waiting for: the first period after the latest one reported, when
 * it is due, and whether that date has passed.
 *
 * @param lastPeriod  the latest period reported, null when nothing has been
 * @param daysOverdue 0 unless overdue
 */
public record ReturnDue(Period lastPeriod, Period awaited, LocalDate dueDate, boolean overdue, long daysOverdue) {}
