package uk.scrutiny.functions.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.returns.Report;
import uk.scrutiny.returns.Upload;

class ReturnUploadedHandlerTest {

    private static S3Event event(String fixture) throws IOException {
        try (InputStream in = ReturnUploadedHandlerTest.class.getResourceAsStream("/events/" + fixture)) {
            // The same deserializer the Lambda Java runtime uses ("Records", not "records").
            return LambdaEventSerializers.serializerFor(S3Event.class, ReturnUploadedHandlerTest.class.getClassLoader())
                    .fromJson(in);
        }
    }

    @Test
    void passesTheUrlDecodedKeyAndTheObjectsIdentityToTheService() throws IOException {
        // GIVEN the event S3 sends for "returns/careers-service/neet 2025-26 Q2.csv" (key URL-encoded with '+')
        List<Upload> received = new ArrayList<>();
        ReturnUploadedHandler handler = new ReturnUploadedHandler(upload -> {
            received.add(upload);
            return null;
        });
        // WHEN the handler is invoked
        handler.handleRequest(event("s3-put-return.json"), null);
        // THEN the service gets the decoded key, the bucket, eTag, size, sequencer and event time
        assertEquals(1, received.size());
        Upload upload = received.get(0);
        assertEquals("returns/careers-service/neet 2025-26 Q2.csv", upload.key());
        assertEquals("council-performance-returns", upload.bucket());
        assertEquals("de7b25fcdd4ec64e1f10b1a2e1a0b1f8".length(), upload.eTag().length());
        assertNull(upload.versionId());
        assertEquals(16, upload.sequencer().length());
        assertEquals(true, upload.size() > 0);
        assertEquals(true, upload.eventTime().isAfter(Instant.parse("2020-01-01T00:00:00Z")));
    }

    @Test
    void handsOnEveryRecordOfTheEventInOrder() throws IOException {
        // GIVEN an event with two records: the catalogue and a social-care return
        List<String> keys = new ArrayList<>();
        ReturnUploadedHandler handler = new ReturnUploadedHandler(upload -> {
            keys.add(upload.key());
            return null;
        });
        // WHEN it is handled
        handler.handleRequest(event("s3-put-two-records.json"), null);
        // THEN both are processed, in the order they came
        assertEquals(List.of("config/indicators.csv", "returns/social-care/2026-11-09-cla-cpp-2026-27-Q2.csv"), keys);
    }

    @Test
    void eachInvocationEmitsOneMetricsLineOfWhatItsUploadsCameTo() throws IOException {
        // GIVEN two uploads in one event: the catalogue accepted with 22 rows, a return rejected with 3 problems
        EmfCapture emf = new EmfCapture();
        // (the clock an hour behind: the line must carry the clock's time, not when the EMF context was made)
        Instant now = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        List<Report> reports = List.of(
                new Report(Report.ACCEPTED, "config/indicators.csv", null, 22, 22, 0, List.of()),
                new Report(Report.REJECTED, "returns/social-care/x.csv", "social-care", 10, 0, 3, List.of()));
        int[] next = {0};
        ReturnUploadedHandler handler = new ReturnUploadedHandler(
                upload -> reports.get(next[0]++), new UploadMetrics(emf.metrics(), Clock.fixed(now, ZoneOffset.UTC)));
        // WHEN it is handled
        handler.handleRequest(event("s3-put-two-records.json"), null);
        // THEN one EMF line says so, in the namespace and with the dimension the alarms read, stamped by the clock
        assertEquals(1, emf.lines.size());
        JsonNode line = emf.lines.get(0);
        assertEquals(1, line.get("UploadsAccepted").asInt());
        assertEquals(1, line.get("UploadsRejected").asInt());
        assertEquals(22, line.get("RowsStored").asInt());
        assertEquals(3, line.get("Problems").asInt());
        assertEquals("council-performance", line.get("Service").asText());
        JsonNode aws = line.get("_aws");
        assertEquals(now.toEpochMilli(), aws.get("Timestamp").asLong());
        JsonNode directive = aws.get("CloudWatchMetrics").get(0);
        assertEquals("CouncilPerformance", directive.get("Namespace").asText());
        assertEquals("[[\"Service\"]]", directive.get("Dimensions").toString());
        assertEquals("Count", directive.get("Metrics").get(0).get("Unit").asText());
    }

    @Test
    void aRepeatedEventThatProcessesNothingEmitsNothing() throws IOException {
        EmfCapture emf = new EmfCapture();
        ReturnUploadedHandler handler =
                new ReturnUploadedHandler(upload -> null, new UploadMetrics(emf.metrics(), Clock.systemUTC()));
        handler.handleRequest(event("s3-put-return.json"), null);
        assertEquals(List.of(), emf.lines);
    }

    @Test
    void whatWasDoneBeforeAFailureIsCountedAndTheFailureStillThrows() throws IOException {
        EmfCapture emf = new EmfCapture();
        int[] calls = {0};
        ReturnUploadedHandler handler = new ReturnUploadedHandler(
                upload -> {
                    if (calls[0]++ == 1) {
                        throw new IllegalStateException("DynamoDB unavailable");
                    }
                    return new Report(Report.ACCEPTED, upload.key(), null, 5, 5, 0, List.of());
                },
                new UploadMetrics(emf.metrics(), Clock.systemUTC()));
        assertThrows(IllegalStateException.class, () -> handler.handleRequest(event("s3-put-two-records.json"), null));
        assertEquals(1, emf.lines.size());
        assertEquals(5, emf.lines.get(0).get("RowsStored").asInt());
    }
}
