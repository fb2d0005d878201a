package uk.scrutiny.functions.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import uk.scrutiny.returns.Report;
import uk.scrutiny.returns.Upload;

/**
 * The handler turns each record of an S3 event into the {@link Upload} it names, field for field.
 * Fixtures are loaded by aws-lambda-java-tests' {@code @Event}, with the deserializer the Lambda
 * Java runtime uses ("Records", not "records").
 */
class ReturnUploadedHandlerTest {
    private static final String BUCKET = "council-performance-returns";

    private final List<Upload> received = new ArrayList<>();
    private final ReturnUploadedHandler handler = new ReturnUploadedHandler(upload -> {
        received.add(upload);
        return null;
    });

    @ParameterizedTest
    @Event(value = "events/s3-put-return.json", type = S3Event.class)
    void passesTheUrlDecodedKeyAndTheObjectsIdentityToTheService(S3Event event) {
        // GIVEN the event S3 sends for "returns/careers-service/neet 2025-26 Q2.csv" in an unversioned bucket
        // WHEN the handler is invoked
        handler.handleRequest(event, null);
        // THEN the service gets exactly the upload the fixture describes: the key decoded ('+' is a space),
        // no version id, and the eTag, size, sequencer, event time and uploader (userIdentity.principalId) as sent
        assertEquals(
                List.of(new Upload(
                        BUCKET,
                        "returns/careers-service/neet 2025-26 Q2.csv",
                        null,
                        "3c2e99c5ce44da807c43a919de8a58ec",
                        450,
                        Instant.parse("2025-10-28T09:41:17.372Z"),
                        "0067205B6D7E8F91",
                        "AWS:AIDA2EXAMPLECAREERS01")),
                received);
    }

    @ParameterizedTest
    @Event(value = "events/s3-put-versioned-return.json", type = S3Event.class)
    void passesTheVersionIdOfAVersionedBucketsUpload(S3Event event) {
        // GIVEN the event for a percent-encoded key in a versioned bucket
        // WHEN the handler is invoked
        handler.handleRequest(event, null);
        // THEN the key is decoded ("%28" is '(') and the version id is passed on, so that version is read
        assertEquals(
                List.of(new Upload(
                        BUCKET,
                        "returns/social-care/cla (revised) 2025-26 Q3.csv",
                        "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY",
                        "9a0364b9e99bb480dd25e1f0284c8555",
                        1287,
                        Instant.parse("2026-02-03T14:07:55.041Z"),
                        "0068A1C2E3F4051627",
                        "AWS:AIDA2EXAMPLESOCCARE01")),
                received);
    }

    @ParameterizedTest
    @Event(value = "events/s3-put-two-records.json", type = S3Event.class)
    void handsOnEveryRecordOfTheEventInOrder(S3Event event) {
        // GIVEN an event with two records: the catalogue and a social-care return
        // WHEN it is handled
        handler.handleRequest(event, null);
        // THEN both are processed, in the order they came, each with its own identity
        assertEquals(
                List.of(
                        new Upload(
                                BUCKET,
                                "config/indicators.csv",
                                null,
                                "b2fc321f1b5ebaef7049a966a44a281e",
                                5283,
                                Instant.parse("2026-11-09T08:02:51.118Z"),
                                "006912F2CB1D3A40",
                                "AWS:AIDA2EXAMPLEPERFORM01"),
                        new Upload(
                                BUCKET,
                                "returns/social-care/2026-11-09-cla-cpp-2026-27-Q2.csv",
                                null,
                                "bbc28ccd9c5d3e65ab685d3d64c1c46f",
                                599,
                                Instant.parse("2026-11-09T10:15:03.904Z"),
                                "006913009F7B2C55",
                                "AWS:AIDA2EXAMPLESOCCARE01")),
                received);
    }

    private static Report report(String status, String file, String provider, long read, long accepted, long errors) {
        return new Report(
                status,
                file,
                provider,
                read,
                accepted,
                errors,
                List.of(),
                null,
                "e",
                "o",
                "2026-11-25T10:00:00Z",
                List.of(),
                null);
    }

    @ParameterizedTest
    @Event(value = "events/s3-put-two-records.json", type = S3Event.class)
    void eachInvocationEmitsOneMetricsLineOfWhatItsUploadsCameTo(S3Event event) {
        // GIVEN two uploads in one event: the catalogue accepted with 22 rows, a return rejected with 3 problems
        EmfCapture emf = new EmfCapture();
        // (the clock an hour behind: the line must carry the clock's time, not when the EMF context was made)
        Instant now = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        List<Report> reports = List.of(
                report(Report.ACCEPTED, "config/indicators.csv", null, 22, 22, 0),
                report(Report.REJECTED, "returns/social-care/x.csv", "social-care", 10, 0, 3));
        int[] next = {0};
        ReturnUploadedHandler metered = new ReturnUploadedHandler(
                upload -> reports.get(next[0]++), new UploadMetrics(emf.metrics(), Clock.fixed(now, ZoneOffset.UTC)));
        // WHEN it is handled
        metered.handleRequest(event, null);
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

    @ParameterizedTest
    @Event(value = "events/s3-put-return.json", type = S3Event.class)
    void aRepeatedEventThatProcessesNothingEmitsNothing(S3Event event) {
        EmfCapture emf = new EmfCapture();
        ReturnUploadedHandler metered =
                new ReturnUploadedHandler(upload -> null, new UploadMetrics(emf.metrics(), Clock.systemUTC()));
        metered.handleRequest(event, null);
        assertEquals(List.of(), emf.lines);
    }

    @ParameterizedTest
    @Event(value = "events/s3-put-two-records.json", type = S3Event.class)
    void whatWasDoneBeforeAFailureIsCountedAndTheFailureStillThrows(S3Event event) {
        EmfCapture emf = new EmfCapture();
        int[] calls = {0};
        ReturnUploadedHandler metered = new ReturnUploadedHandler(
                upload -> {
                    if (calls[0]++ == 1) {
                        throw new IllegalStateException("DynamoDB unavailable");
                    }
                    return report(Report.ACCEPTED, upload.key(), null, 5, 5, 0);
                },
                new UploadMetrics(emf.metrics(), Clock.systemUTC()));
        assertThrows(IllegalStateException.class, () -> metered.handleRequest(event, null));
        assertEquals(1, emf.lines.size());
        assertEquals(5, emf.lines.get(0).get("RowsStored").asInt());
    }
}
