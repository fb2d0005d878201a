package uk.scrutiny.rating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.period.Period;

/**
 * Whether a provider is late. A return is due {@code dueDays} after its period ends and overdue
 * from the day after. Periods are due in order, so it is enough to look at the first one missing:
 * if that is not yet overdue, no later one is.
 */
public final class Overdue {
    private Overdue() {}

    /**
     * @param latest the latest period with a figure, or null when nothing has been reported. Then
     *               the return awaited is the most recent one whose due date has passed: we cannot
     *               know when the series should have started, but we do know the last deadline missed.
     */
    public static ReturnDue assess(Indicator indicator, Period latest, LocalDate asOf) {
        Period awaited = latest != null ? latest.next() : lastPastDue(indicator, asOf);
        LocalDate due = awaited.dueDate(indicator.dueDays());
        boolean overdue = asOf.isAfter(due);
        long days = overdue ? ChronoUnit.DAYS.between(due, asOf) : 0;
        return new ReturnDue(latest, awaited, due, overdue, days);
    }

    private static Period lastPastDue(Indicator indicator, LocalDate asOf) {
        Period period = Period.containing(indicator.frequency(), asOf);
        while (!asOf.isAfter(period.dueDate(indicator.dueDays()))) {
            period = period.previous();
        }
        return period;
    }
}
