package uk.scrutiny.local;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs every scheduled trigger in the template once, as if its time had come on the given date. */
final class Schedules {
    private Schedules() {}

    /** Invokes each schedule; returns the failures (empty when all succeeded). */
    static List<LocalCloud.Delivery> runAll(LocalCloud cloud, LocalDate now) {
        List<LocalCloud.Delivery> failures = new ArrayList<>();
        for (Template.Function function : cloud.functions()) {
            for (Template.ScheduleTrigger schedule : function.schedules()) {
                ZoneId zone = ZoneId.of(schedule.timeZone());
                // EventBridge Scheduler fills in <aws.scheduler.scheduled-time>: the template's time on the runner's
                // day.
                String scheduledTime = LocalDate.now(cloud.clock().withZone(zone))
                        .atTime(timeOfDay(schedule.expression(), cloud.clock().withZone(zone)))
                        .atZone(zone)
                        .toInstant()
                        .toString();
                String input = schedule.input().replace("<aws.scheduler.scheduled-time>", scheduledTime);
                LocalCloud.Delivery delivery = cloud.invoke(function.logicalId(), schedule.name(), input);
                System.out.printf(
                        "%-9s %s (%s, as of %s)%n",
                        delivery.succeeded() ? "SCHEDULED" : "FAILED", function.logicalId(), schedule.name(), now);
                if (!delivery.succeeded()) {
                    failures.add(delivery);
                }
            }
        }
        return failures;
    }

    private static final Pattern DAILY_CRON = Pattern.compile("cron\\((\\d{1,2}) (\\d{1,2}) .*\\)");

    /** The time of day a schedule fires: a cron's fixed minute and hour, or now for a rate. */
    static LocalTime timeOfDay(String expression, Clock clock) {
        Matcher cron = DAILY_CRON.matcher(expression.trim());
        if (cron.matches()) {
            return LocalTime.of(Integer.parseInt(cron.group(2)), Integer.parseInt(cron.group(1)));
        }
        if (expression.trim().startsWith("rate(")) {
            return LocalTime.now(clock).withNano(0);
        }
        throw new IllegalArgumentException("The local runner runs cron schedules with a fixed minute and hour, or rate"
                + " schedules; template.yaml has " + expression);
    }
}
