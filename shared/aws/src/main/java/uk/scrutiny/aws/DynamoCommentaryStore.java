package uk.scrutiny.aws;

import static uk.scrutiny.aws.DynamoPerformanceStore.s;
import static uk.scrutiny.aws.TableLayout.PK;
import static uk.scrutiny.aws.TableLayout.SK;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.scrutiny.catalogue.About;
import uk.scrutiny.commentary.Commentary;
import uk.scrutiny.commentary.CommentaryBook;
import uk.scrutiny.commentary.JudgedRating;
import uk.scrutiny.commentary.StoredCommentary;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.Upload;

/**
 * What the performance team writes about the figures, kept apart from the figures' own storage:
 * the catalogue's description of each indicator ({@link About}, on the catalogue's items), and the
 * rows of commentary files. Every commentary row is one item in the partition {@code COMMENTARY},
 * sort key {@code <code>#<frequency>#<period start>#<upload order>}, with the file's ledger id and
 * its provenance (key, version, eTag, event time, line). Like figures, rows are written before
 * the file is committed and read only from committed files; rows of earlier uploads for the same
 * code and period stay, as history, and the one whose upload sorts last is current.
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

    static final String PARTITION = "COMMENTARY";

    void stage(Upload upload, List<Commentary> rows) {
        String file = TableLayout.ledgerId(upload.id());
        List<Map<String, AttributeValue>> items = new ArrayList<>(rows.size());
        for (Commentary c : rows) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(PK, s(PARTITION));
            item.put(
                    SK,
                    s(c.code() + "#" + c.period().frequency().text() + "#"
                            + c.period().start() + "#" + upload.order()));
            item.put("code", s(c.code()));
            item.put("kind", s(c.kind().name()));
            DynamoPerformanceStore.putPeriod(item, c.period());
            if (c.judgedRating() != null) {
                item.put("judgedRating", s(c.judgedRating().name()));
            }
            putText(item, "reason", c.reason());
            putText(item, "story", c.story());
            putText(item, "actions", c.actions());
            putText(item, "author", c.author());
            item.put("file", s(file));
            item.put("ord", s(upload.order()));
            item.put("bucket", s(upload.bucket()));
            item.put("key", s(upload.key()));
            item.put("eTag", s(upload.eTag()));
            if (upload.versionId() != null) {
                item.put("versionId", s(upload.versionId()));
            }
            item.put("receivedAt", s(upload.eventTime().toString()));
            item.put("line", DynamoPerformanceStore.n(c.line()));
            items.add(item);
        }
        writer.putAll(items);
    }

    /** Every row of a committed commentary file. */
    CommentaryBook current(Set<String> committedFiles) {
        List<StoredCommentary> rows = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(PARTITION))))
                .items()
                .forEach(item -> {
                    if (!committedFiles.contains(item.get("file").s())) {
                        return;
                    }
                    Optional<Period> period = DynamoPerformanceStore.storedPeriod(item, null);
                    if (period.isEmpty()) {
                        return;
                    }
                    String rating = text(item, "judgedRating");
                    rows.add(new StoredCommentary(
                            new Commentary(
                                    item.get("code").s(),
                                    Commentary.Kind.valueOf(item.get("kind").s()),
                                    period.get(),
                                    rating == null
                                            ? null
                                            : JudgedRating.fromText(rating).orElseThrow(),
                                    text(item, "reason"),
                                    text(item, "story"),
                                    text(item, "actions"),
                                    text(item, "author"),
                                    Long.parseLong(item.get("line").n())),
                            item.get("key").s(),
                            Instant.parse(item.get("receivedAt").s()),
                            item.get("ord").s()));
                });
        return CommentaryBook.of(rows);
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
