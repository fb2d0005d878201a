package uk.scrutiny.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A JSON writer that always lays the same content out as the same bytes: fields in the order
 * they are written, "\n" line ends whatever the platform, plain decimals (never 1E+2), and no
 * NaN or Infinity, which JSON cannot carry.
 */
final class JsonOut implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final ByteArrayOutputStream bytes;
    private final JsonGenerator json;

    JsonOut(int expectedSize) {
        bytes = new ByteArrayOutputStream(expectedSize);
        try {
            json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        json.setPrettyPrinter(
                new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    void startObject() {
        run(json::writeStartObject);
    }

    void startObject(String name) {
        run(() -> json.writeObjectFieldStart(name));
    }

    void endObject() {
        run(json::writeEndObject);
    }

    void startArray(String name) {
        run(() -> json.writeArrayFieldStart(name));
    }

    void endArray() {
        run(json::writeEndArray);
    }

    /** A field's name, its value written next (an object, say). */
    void name(String name) {
        run(() -> json.writeFieldName(name));
    }

    /**
     * A tree read back from bytes this class wrote ({@link #READER}), written as the same bytes at
     * this depth: decimals exact, fields in order.
     */
    void tree(JsonNode node) {
        run(() -> TREES.writeTree(json, node));
    }

    private static final ObjectMapper TREES = new ObjectMapper(FACTORY);

    /** Reads what this class wrote with every decimal exact (scale kept), so it writes back the same. */
    static final ObjectMapper READER = JsonMapper.builder(FACTORY)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    void nullField(String name) {
        run(() -> json.writeNullField(name));
    }

    void field(String name, String value) {
        run(() -> {
            if (value == null) {
                json.writeNullField(name);
            } else {
                json.writeStringField(name, value);
            }
        });
    }

    void string(String value) {
        run(() -> json.writeString(value));
    }

    void field(String name, long value) {
        run(() -> json.writeNumberField(name, value));
    }

    void field(String name, boolean value) {
        run(() -> json.writeBooleanField(name, value));
    }

    void field(String name, Boolean value) {
        if (value == null) {
            nullField(name);
        } else {
            field(name, value.booleanValue());
        }
    }

    /** A reported figure, as reported but without trailing zeros, so 9.50 and 9.5 publish alike. */
    void field(String name, BigDecimal value) {
        run(() -> {
            if (value == null) {
                json.writeNullField(name);
            } else {
                BigDecimal stripped = value.stripTrailingZeros();
                json.writeNumberField(name, stripped.scale() < 0 ? stripped.setScale(0) : stripped);
            }
        });
    }

    /** A figure as an array element, without trailing zeros as {@link #field(String, BigDecimal)} writes it. */
    void number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        run(() -> json.writeNumber(stripped.scale() < 0 ? stripped.setScale(0) : stripped));
    }

    /** A computed figure such as a confidence limit, to 2 decimal places. */
    void rounded(String name, Double value) {
        if (value == null || !Double.isFinite(value)) {
            nullField(name);
            return;
        }
        field(name, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    byte[] toBytes() {
        close();
        bytes.write('\n');
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        run(json::close);
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void run(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            // Writing to memory: an IOException here is a bug, not a condition to handle.
            throw new UncheckedIOException(e);
        }
    }
}
