package uk.scrutiny.returns;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.validation.Problem;

/**
 * A report as JSON, with Jackson's streaming API: the same bytes an {@code ObjectMapper} with
 * {@code INDENT_OUTPUT} writes for the {@link Report} record (fields in component order, Jackson's
 * default pretty printer), without loading data binding, which is most of a cold start's Jackson cost.
 */
final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {}

    static byte[] write(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("status", report.status());
            json.writeStringField("file", report.file());
            json.writeStringField("provider", report.provider());
            json.writeNumberField("rowsRead", report.rowsRead());
            json.writeNumberField("rowsAccepted", report.rowsAccepted());
            json.writeNumberField("errorCount", report.errorCount());
            problems(json, "errors", report.errors());
            json.writeStringField("versionId", report.versionId());
            json.writeStringField("eTag", report.eTag());
            json.writeStringField("order", report.order());
            json.writeStringField("processedAt", report.processedAt());
            problems(json, "warnings", report.warnings());
            json.writeStringField("note", report.note());
            json.writeStringField("uploadedBy", report.uploadedBy());
            json.writeEndObject();
        } catch (IOException e) {
            // Writing to memory: an IOException here is a bug, not a condition to handle.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void problems(JsonGenerator json, String name, List<Problem> problems) throws IOException {
        json.writeArrayFieldStart(name);
        for (Problem p : problems) {
            json.writeStartObject();
            json.writeNumberField("line", p.line());
            json.writeStringField("column", p.column());
            json.writeStringField("message", p.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The {@code order} of a report already in the bucket; empty when it has none or is not JSON (not ours). */
    static Optional<String> order(byte[] report) {
        return text(report, "order");
    }

    /** The {@code note} of a report already in the bucket ("retrying" before a retry). */
    static Optional<String> note(byte[] report) {
        return text(report, "note");
    }

    private static Optional<String> text(byte[] report, String field) {
        try (JsonParser json = FACTORY.createParser(report)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String found = null;
            for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (name.equals(field)) {
                    found = value == JsonToken.VALUE_STRING ? json.getText() : null;
                } else {
                    json.skipChildren();
                }
            }
            return Optional.ofNullable(found);
        } catch (IOException e) {
            return Optional.empty(); // damaged: replace it
        }
    }
}
