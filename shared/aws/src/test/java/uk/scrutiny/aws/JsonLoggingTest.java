package uk.scrutiny.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonLoggingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonLogging.JsonFormatter formatter = new JsonLogging.JsonFormatter();

    @AfterEach
    void forgetRequest() {
        JsonLogging.requestId(null);
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("uk.scrutiny.publish.Recalculation");
        record.setInstant(Instant.parse("2026-11-25T02:30:01.250Z"));
        record.setParameters(parameters);
        return record;
    }

    @Test
    void aRecordIsOneLineOfJsonWithTheFieldsLambdaReads() throws Exception {
        // GIVEN an invocation's request id and a message with quotes, a line break, a tab and a control character
        JsonLogging.requestId("c6af9ac6-7b61-11e6-9a41-93e812345678");
        String line = formatter.format(record(Level.INFO, "Published \"{0}\"\nnext\tline \u0001 £", "NEET"));
        // THEN it is one line, and a JSON object with the message intact
        assertTrue(line.endsWith("}\n"));
        assertFalse(line.substring(0, line.length() - 1).contains("\n"));
        JsonNode json = JSON.readTree(line);
        assertEquals("2026-11-25T02:30:01.250Z", json.get("timestamp").asText());
        assertEquals("INFO", json.get("level").asText());
        assertEquals("uk.scrutiny.publish.Recalculation", json.get("logger").asText());
        assertEquals(
                "Published \"NEET\"\nnext\tline \u0001 £", json.get("message").asText());
        assertEquals(
                "c6af9ac6-7b61-11e6-9a41-93e812345678", json.get("AWSRequestId").asText());
    }

    @Test
    void levelsAreTheNamesLambdaFiltersOn() {
        assertEquals("ERROR", JsonLogging.JsonFormatter.level(Level.SEVERE));
        assertEquals("WARN", JsonLogging.JsonFormatter.level(Level.WARNING));
        assertEquals("INFO", JsonLogging.JsonFormatter.level(Level.INFO));
        assertEquals("DEBUG", JsonLogging.JsonFormatter.level(Level.CONFIG));
        assertEquals("DEBUG", JsonLogging.JsonFormatter.level(Level.FINE));
        assertEquals("TRACE", JsonLogging.JsonFormatter.level(Level.FINEST));
    }

    @Test
    void anExceptionGivesItsTypeMessageAndStackTraceWithItsCause() throws Exception {
        LogRecord record = record(Level.SEVERE, "Recalculation failed; the batch will be retried");
        record.setThrown(new IllegalStateException("site bucket refused", new RuntimeException("503 Slow Down")));
        JsonNode json = JSON.readTree(formatter.format(record));
        assertEquals("ERROR", json.get("level").asText());
        assertEquals("java.lang.IllegalStateException", json.get("errorType").asText());
        assertEquals("site bucket refused", json.get("errorMessage").asText());
        assertEquals(
                "java.lang.IllegalStateException: site bucket refused",
                json.get("stackTrace").get(0).asText());
        assertTrue(json.get("stackTrace").toString().contains("Caused by: java.lang.RuntimeException: 503 Slow Down"));
        assertFalse(json.has("AWSRequestId"), "no invocation, no request id");
    }

    @Test
    void theHandlerWritesEachRecordAtOnce() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLogging.LineHandler handler =
                new JsonLogging.LineHandler(new PrintStream(bytes, false, StandardCharsets.UTF_8));
        handler.publish(record(Level.WARNING, "one"));
        handler.publish(record(Level.INFO, "two"));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertEquals("WARN", JSON.readTree(lines[0]).get("level").asText());
        assertEquals("two", JSON.readTree(lines[1]).get("message").asText());
    }
}
