package uk.scrutiny.functions.recalculate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.store.AwsClients;
import uk.scrutiny.store.DynamoPerformanceStore;
import uk.scrutiny.store.S3SiteBucket;

/**
 * Recalculates ratings and republishes the dashboard's data. Invoked by the nightly schedule (its
 * input carries the scheduled time, which sets the date lateness is judged on) and by the table's
 * stream when files are committed (batched, so a burst of uploads is one recalculation).
 */
public class RecalculateHandler implements RequestHandler<Map<String, Object>, Void> {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Recalculation recalculation;
    private final Clock clock;
    private final LocalDate fixedDate;

    /** Used by Lambda. {@code CLOCK_DATE} is set only by the local runner (its --now). */
    public RecalculateHandler() {
        this(fromEnvironment(AwsClients.fromEnvironment()), Clock.system(LONDON),
                optionalDate(System.getenv("CLOCK_DATE")));
    }

    public RecalculateHandler(Recalculation recalculation, Clock clock, LocalDate fixedDate) {
        this.recalculation = recalculation;
        this.clock = clock;
        this.fixedDate = fixedDate;
    }

    private static Recalculation fromEnvironment(AwsClients aws) {
        return new Recalculation(
                new DynamoPerformanceStore(aws.dynamoDb(), aws.required("TABLE_NAME"), Clock.systemUTC()),
                new S3SiteBucket(aws.s3(), aws.required("SITE_BUCKET")),
                aws.required("HOME_AREA"), aws.required("BENCHMARK_AREA"), Clock.systemUTC());
    }

    private static LocalDate optionalDate(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    @Override
    public Void handleRequest(Map<String, Object> event, Context context) {
        recalculation.run(asOf(event), changedIndicators(event));
        return null;
    }

    /**
     * The indicators whose files to republish: those the committed returns in a stream batch
     * changed. Empty (everything) for the schedule, or when the catalogue or targets changed.
     */
    @SuppressWarnings("unchecked")
    static Set<String> changedIndicators(Map<String, Object> event) {
        Object records = event == null ? null : event.get("Records");
        if (!(records instanceof List<?> list) || list.isEmpty()) {
            return Set.of();
        }
        Set<String> changed = new TreeSet<>();
        for (Object record : list) {
            Object image = ((Map<String, Object>) ((Map<String, Object>) record).getOrDefault("dynamodb", Map.of()))
                    .get("NewImage");
            Object indicators = image instanceof Map<?, ?> m ? m.get("indicators") : null;
            Object codes = indicators instanceof Map<?, ?> set ? set.get("SS") : null;
            if (!(codes instanceof List<?> c) || c.isEmpty()) {
                return Set.of();
            }
            c.forEach(code -> changed.add(String.valueOf(code)));
        }
        return changed;
    }

    /** The scheduled time, in London, when the schedule invoked us; otherwise today (or the runner's date). */
    LocalDate asOf(Map<String, Object> event) {
        Object scheduled = event == null ? null : event.get("scheduledTime");
        if (scheduled instanceof String text && !text.isBlank()) {
            return Instant.parse(text).atZone(LONDON).toLocalDate();
        }
        return fixedDate != null ? fixedDate : LocalDate.now(clock.withZone(LONDON));
    }
}
