package uk.scrutiny.functions.recalculate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

class FilesCommittedHandlerTest {
    private final PublishedFiles site = new PublishedFiles();
    private final FilesCommittedHandler handler = new FilesCommittedHandler(site.recalculation(), PublishedFiles.CLOCK);

    @ParameterizedTest
    @Event(value = "events/stream-files-committed.json", type = DynamodbEvent.class)
    void aCommittedReturnRepublishesItsIndicatorsThenTheSummary(DynamodbEvent event) {
        // GIVEN a batch with one committed careers-service return of NEET and NEET-NK
        // WHEN the stream delivers it
        StreamsEventResponse response = handler.handleRequest(event, null);
        // THEN only those indicators' files are written, the summary last, and nothing is reported failed
        assertEquals(
                List.of("data/indicators/NEET.json", "data/indicators/NEET-NK.json", "data/summary.json"), site.keys());
        assertEquals(List.of(), response.getBatchItemFailures());
    }

    @ParameterizedTest
    @Event(value = "events/stream-files-committed.json", type = DynamodbEvent.class)
    void theDateComesFromTheCommitInTheEventNotTheContainersClock(DynamodbEvent event) {
        // GIVEN a commit the stream stamped 06:00 UTC on 24 November 2026 (ApproximateCreationDateTime)
        // WHEN it is handled by a container whose clock says 25 November
        handler.handleRequest(event, null);
        // THEN lateness is judged as of the commit's date in London
        assertEquals("2026-11-24", site.summary().get("asOf").asText());
    }

    @ParameterizedTest
    @Event(value = "events/stream-catalogue-committed.json", type = DynamodbEvent.class)
    void aBatchWithTheTargetsFileRepublishesEveryIndicator(DynamodbEvent event) {
        // GIVEN a batch where a targets file was committed too: any indicator's rating may change
        handler.handleRequest(event, null);
        // THEN every indicator's file is republished, then the summary
        assertEquals(
                List.of(
                        "data/indicators/CLA-RATE.json",
                        "data/indicators/NEET.json",
                        "data/indicators/NEET-NK.json",
                        "data/summary.json"),
                site.keys());
    }

    @ParameterizedTest
    @Event(value = "events/stream-files-committed.json", type = DynamodbEvent.class)
    void aFailedPublishReportsTheBatchFromItsFirstRecordSoLambdaRetriesIt(DynamodbEvent event) {
        // GIVEN a site bucket that refuses writes
        site.refuseWrites = true;
        // WHEN the batch is handled
        StreamsEventResponse response = handler.handleRequest(event, null);
        // THEN the batch is reported failed at its first record's sequence number
        assertEquals(1, response.getBatchItemFailures().size());
        assertEquals("111", response.getBatchItemFailures().get(0).getItemIdentifier());
    }

    // ---- metrics

    /** An hour behind: the line must carry the metrics clock's time, not when the EMF context was made. */
    static final Instant METRICS_TIME = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

    @ParameterizedTest
    @Event(value = "events/stream-files-committed.json", type = DynamodbEvent.class)
    void aPublishEmitsOneMetricsLineTheStalenessAlarmCanRead(DynamodbEvent event) {
        EmfCapture emf = new EmfCapture();
        FilesCommittedHandler measured = new FilesCommittedHandler(
                site.recalculation(),
                PublishedFiles.CLOCK,
                new PublishMetrics(emf.metrics(), Clock.fixed(METRICS_TIME, ZoneOffset.UTC)));
        measured.handleRequest(event, null);
        assertEquals(1, emf.lines.size());
        JsonNode line = emf.lines.get(0);
        assertEquals(1, line.get("Published").asInt());
        assertEquals(0, line.get("PublishFailed").asInt());
        assertEquals(2, line.get("IndicatorsPublished").asInt(), "NEET and NEET-NK");
        assertTrue(line.get("PublishDuration").asDouble() >= 0);
        assertEquals("council-performance", line.get("Service").asText());
        assertEquals(
                METRICS_TIME.toEpochMilli(), line.get("_aws").get("Timestamp").asLong());
        JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertEquals("CouncilPerformance", directive.get("Namespace").asText());
        assertEquals("[[\"Service\"]]", directive.get("Dimensions").toString());
    }

    @ParameterizedTest
    @Event(value = "events/stream-files-committed.json", type = DynamodbEvent.class)
    void aFailedPublishIsCountedAndNotPublished(DynamodbEvent event) {
        EmfCapture emf = new EmfCapture();
        site.refuseWrites = true;
        new FilesCommittedHandler(
                        site.recalculation(),
                        PublishedFiles.CLOCK,
                        new PublishMetrics(emf.metrics(), Clock.systemUTC()))
                .handleRequest(event, null);
        assertEquals(0, emf.lines.get(0).get("Published").asInt());
        assertEquals(1, emf.lines.get(0).get("PublishFailed").asInt());
    }
}
