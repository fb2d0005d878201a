package uk.scrutiny.functions.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
