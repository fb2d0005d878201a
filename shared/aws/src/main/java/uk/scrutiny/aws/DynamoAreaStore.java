package uk.scrutiny.aws;

import static uk.scrutiny.aws.DynamoPerformanceStore.s;
import static uk.scrutiny.aws.TableLayout.PK;
import static uk.scrutiny.aws.TableLayout.SK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uk.scrutiny.areas.Area;
import uk.scrutiny.areas.AreaKind;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.returns.Upload;

/**
 * The areas file in the table, as the catalogue is kept: each accepted upload's areas under
 * {@code AREAS#<upload>} ({@code AREA#00001}... in file order) and a pointer {@code CONFIG | AREAS}
 * that moves only forward in upload order, so an older file processed late never replaces a newer one.
 */
final class DynamoAreaStore {
    private static final Logger LOG = Logger.getLogger(DynamoAreaStore.class.getName());
    static final String POINTER = "AREAS";

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;

    DynamoAreaStore(DynamoDbClient dynamo, String table, BatchWriter writer) {
        this.dynamo = dynamo;
        this.table = table;
        this.writer = writer;
    }

    void replace(Upload upload, AreaList areas) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(areas.size());
        int i = 0;
        for (Area area : areas.all()) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(PK, s("AREAS#" + upload.id()));
            item.put(SK, s(String.format("AREA#%05d", ++i)));
            item.put("code", s(area.code()));
            item.put("name", s(area.name()));
            item.put("kind", s(area.kind().text()));
            if (area.parent() != null) {
                item.put("parent", s(area.parent()));
            }
            item.put(
                    "groups",
                    AttributeValue.builder()
                            .l(area.groups().stream()
                                    .map(DynamoPerformanceStore::s)
                                    .toList())
                            .build());
            items.add(item);
        }
        writer.putAll(items);
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s(DynamoPerformanceStore.CONFIG), SK, s(POINTER)))
                    .updateExpression("SET #f = :f, ord = :o")
                    .conditionExpression("attribute_not_exists(ord) OR ord < :o")
                    .expressionAttributeNames(Map.of("#f", "file"))
                    .expressionAttributeValues(Map.of(":f", s(upload.id()), ":o", s(upload.order()))));
        } catch (ConditionalCheckFailedException e) {
            LOG.info(() -> "Areas from " + upload.id() + " are older than the current ones; kept the current ones");
        }
    }

    AreaList current() {
        Map<String, AttributeValue> pointer = dynamo.getItem(b -> b.tableName(table)
                        .consistentRead(true)
                        .key(Map.of(PK, s(DynamoPerformanceStore.CONFIG), SK, s(POINTER))))
                .item();
        if (pointer == null || pointer.isEmpty()) {
            return AreaList.none();
        }
        List<Area> areas = new ArrayList<>();
        String pk = "AREAS#" + pointer.get("file").s();
        dynamo.queryPaginator(b -> b.tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(pk))))
                .items()
                .forEach(item -> areas.add(new Area(
                        item.get("code").s(),
                        item.get("name").s(),
                        AreaKind.fromText(item.get("kind").s()).orElseThrow(),
                        item.containsKey("parent") ? item.get("parent").s() : null,
                        item.get("groups").l().stream().map(AttributeValue::s).toList())));
        return AreaList.of(areas);
    }
}
