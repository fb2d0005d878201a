package uk.scrutiny.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.scrutiny.rating.IndicatorRating;
import uk.scrutiny.rating.ReturnDue;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.Notice;
import uk.scrutiny.returns.Notices;

/** Each night, one reminder to each provider with an overdue return, listing what is due and since when. */
public final class OverdueNotices {
    private static final Logger LOG = Logger.getLogger(OverdueNotices.class.getName());

    private OverdueNotices() {}

    /** Sends each provider its reminder; one that cannot be sent does not stop the others. */
    public static void send(Summary summary, Notices notices) {
        for (Notice notice : of(summary)) {
            try {
                notices.send(notice);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send the overdue notice to " + notice.provider(), e);
            }
        }
    }

    public static List<Notice> of(Summary summary) {
        Map<String, StringBuilder> byProvider = new TreeMap<>();
        for (IndicatorRating r : summary.exceptions().overdue()) {
            ReturnDue due = r.due();
            for (String provider : r.indicator().providers()) {
                byProvider
                        .computeIfAbsent(provider, p -> new StringBuilder())
                        .append("- ")
                        .append(r.indicator().code())
                        .append(" (")
                        .append(r.indicator().title())
                        .append(") for ")
                        .append(PeriodText.of(due.awaited()))
                        .append(": due on ")
                        .append(due.dueDate())
                        .append(", ")
                        .append(due.daysOverdue())
                        .append(due.daysOverdue() == 1 ? " day" : " days")
                        .append(" overdue.\n");
            }
        }
        List<Notice> notices = new ArrayList<>();
        byProvider.forEach((provider, list) -> notices.add(new Notice(
                provider,
                "Overdue returns as of " + summary.asOf(),
                "These returns from " + provider + " are overdue as of " + summary.asOf() + ":\n" + list
                        + "\nWhat to do: upload each to returns/" + provider + "/ in the returns bucket as soon as"
                        + " you can, or tell the performance team when it will come. This reminder is sent each"
                        + " night while a return is overdue.")));
        return notices;
    }
}
