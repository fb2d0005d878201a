package uk.scrutiny.publish;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;

/** Validates published JSON against the schemas shipped in the jar, as the dashboard's contract. */
final class SchemaCheck {
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static final Schema SUMMARY = load("/schema/summary.schema.json");
    static final Schema INDICATOR = load("/schema/indicator.schema.json");

    private SchemaCheck() {}

    private static Schema load(String resource) {
        InputStream in = SchemaCheck.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing schema " + resource);
        }
        return REGISTRY.getSchema(in, InputFormat.JSON);
    }

    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }
}
