package uk.scrutiny.functions.recalculate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import uk.scrutiny.aws.JsonLogging;
import uk.scrutiny.publish.OverdueNotices;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.Notices;

/**
 * The nightly run: re-rates and republishes everything, because lateness changes with the date
 * alone and an S3 event can be lost. The date is the schedule's, not the clock's, so a late or
 * retried run still judges lateness as of the night it was meant for.
 */
public class NightlyRecalculationHandler implements RequestHandler<ScheduledRun, Void> {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static {
        JsonLogging.install();
    }

    private final Recalculation recalculation;
    private final Notices notices;
    private final Clock clock;
    private final PublishMetrics metrics;

    /** Used by Lambda. */
    public NightlyRecalculationHandler() {
        this(FromEnvironment.recalculation(), FromEnvironment.notices(), Clock.systemUTC(), FromEnvironment.metrics());
    }

    /** Without metrics. */
    public NightlyRecalculationHandler(Recalculation recalculation, Notices notices, Clock clock) {
        this(recalculation, notices, clock, PublishMetrics.NONE);
    }

    NightlyRecalculationHandler(Recalculation recalculation, Notices notices, Clock clock, PublishMetrics metrics) {
        this.recalculation = recalculation;
        this.notices = notices;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Void handleRequest(ScheduledRun run, Context context) {
        JsonLogging.requestId(context == null ? null : context.getAwsRequestId());
        LocalDate asOf = asOf(run);
        long start = System.nanoTime();
        Summary summary;
        try {
            summary = recalculation.run(asOf, Set.of());
        } catch (RuntimeException e) {
            metrics.failed(Duration.ofNanos(System.nanoTime() - start));
            throw e; // an Errors alarm, and Lambda retries the invocation
        }
        metrics.published(summary, Set.of(), Duration.ofNanos(System.nanoTime() - start));
        // Each night, each provider with an overdue return is reminded.
        OverdueNotices.send(summary, notices);
        return null;
    }

    /** The scheduled time's date in London (02:30 BST on 1 July is 1 July, though UTC says 30 June). */
    LocalDate asOf(ScheduledRun run) {
        String scheduled = run == null ? null : run.getScheduledTime();
        if (scheduled != null && !scheduled.isBlank()) {
            try {
                return Instant.parse(scheduled).atZone(LONDON).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "The schedule's scheduledTime is not an ISO-8601 instant: check the template's Input", e);
            }
        }
        // Invoked by hand without an input: today in London.
        return LocalDate.now(clock.withZone(LONDON));
    }
}
