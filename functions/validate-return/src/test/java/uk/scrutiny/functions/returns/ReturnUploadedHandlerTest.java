package uk.scrutiny.functions.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
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
        // no version id, and the eTag, size, sequencer and event time as sent
        assertEquals(
                List.of(new Upload(
                        BUCKET,
                        "returns/careers-service/neet 2025-26 Q2.csv",
                        null,
                        "3c2e99c5ce44da807c43a919de8a58ec",
                        450,
                        Instant.parse("2025-10-28T09:41:17.372Z"),
                        "0067205B6D7E8F91")),
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
                        "0068A1C2E3F4051627")),
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
                                "006912F2CB1D3A40"),
                        new Upload(
                                BUCKET,
                                "returns/social-care/2026-11-09-cla-cpp-2026-27-Q2.csv",
                                null,
                                "bbc28ccd9c5d3e65ab685d3d64c1c46f",
                                599,
                                Instant.parse("2026-11-09T10:15:03.904Z"),
                                "006913009F7B2C55")),
                received);
    }
}
