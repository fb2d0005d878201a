package uk.scrutiny.local;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Runs every scheduled trigger in the template once, as if its time had come on the given date. */
final class Schedules {
    private Schedules() {
    }

    /** Invokes each schedule; returns the failures (empty when all succeeded). */
    static List<LocalCloud.Delivery> runAll(LocalCloud cloud, LocalDate now) {
        List<LocalCloud.Delivery> failures = new ArrayList<>();
        for (Template.Function function : cloud.functions()) {
            for (Template.ScheduleTrigger schedule : function.schedules()) {
                ZoneId zone = ZoneId.of(schedule.timeZone());
                // EventBridge Scheduler fills in <aws.scheduler.scheduled-time>; here it is the runner's clock.
                String scheduledTime = now.atTime(2, 0).atZone(zone).toInstant().toString();
                String input = schedule.input().replace("<aws.scheduler.scheduled-time>", scheduledTime);
                LocalCloud.Delivery delivery = cloud.invoke(function.logicalId(), schedule.name(), input);
                System.out.printf("%-9s %s (%s, as of %s)%n", delivery.succeeded() ? "SCHEDULED" : "FAILED",
                        function.logicalId(), schedule.name(), now);
                if (!delivery.succeeded()) {
                    failures.add(delivery);
                }
            }
        }
        return failures;
    }
}
