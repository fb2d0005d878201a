package uk.scrutiny.aws;

import static uk.scrutiny.aws.DynamoPerformanceStore.s;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.scrutiny.catalogue.About;

/**
 * What the performance team writes about the figures, kept apart from the figures' own storage:
 * the catalogue's description of each indicator ({@link About}, on the catalogue's items).
 */
final class DynamoCommentaryStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;

    DynamoCommentaryStore(DynamoDbClient dynamo, String table, BatchWriter writer) {
        this.dynamo = dynamo;
        this.table = table;
        this.writer = writer;
    }

    /** Adds an indicator's description to its catalogue item: only the parts given. */
    static void putAbout(Map<String, AttributeValue> item, About about) {
        putText(item, "definition", about.definition());
        putText(item, "source", about.source());
        putText(item, "methodology", about.methodology());
        putText(item, "owner", about.owner());
    }

    /** The description on a catalogue item; {@link About#NONE} on items written before it was kept. */
    static About about(Map<String, AttributeValue> item) {
        return new About(
                text(item, "definition"), text(item, "source"), text(item, "methodology"), text(item, "owner"));
    }

    static void putText(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}
