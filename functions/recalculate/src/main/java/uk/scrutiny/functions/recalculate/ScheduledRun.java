package uk.scrutiny.functions.recalculate;

/**
 * The nightly schedule's input, as template.yaml sets it: {@code {"scheduledTime": "<aws.scheduler.scheduled-time>"}}.
 * A plain bean because the Lambda runtime's serializer fills it through its setter.
 */
public class ScheduledRun {
    private String scheduledTime;

    public ScheduledRun() {}

    public ScheduledRun(String scheduledTime) {
        this.scheduledTime = scheduledTime;
    }

    /** When EventBridge Scheduler meant the run to happen (ISO-8601, UTC), even if it fires late or is retried. */
    public String getScheduledTime() {
        return scheduledTime;
    }

    public void setScheduledTime(String scheduledTime) {
        this.scheduledTime = scheduledTime;
    }
}
