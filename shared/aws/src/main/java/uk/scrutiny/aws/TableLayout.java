package uk.scrutiny.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The single table's keys (documented in the README). Every item has a string partition key
 * {@code pk} and sort key {@code sk}:
 * <pre>
 * LEDGER                 | bucket/key#v:version or #e:etag       one processed file: status, order, provenance
 * CONFIG                 | CATALOGUE, TARGETS, AREAS              pointer to the current catalogue / targets / areas file
 * CATALOGUE#fileId       | INDICATOR#00001 ...                    one catalogue upload's indicators, in file order
 * TARGETS#fileId         | TARGET#00001 ...                       one targets upload's targets
 * AREAS#fileId           | AREA#00001 ...                         one areas upload's areas, in file order
 * SERIES#indicatorCode   | area#periodStart#order                 one submitted value (a revision) with provenance
 * </pre>
 * Template.yaml declares the same keys; the local runner creates the table from this.
 */
public final class TableLayout {
    public static final String PK = "pk";
    public static final String SK = "sk";

    private TableLayout() {}

    public static void create(DynamoDbClient dynamo, String table) {
        dynamo.createTable(b -> b.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName(PK)
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName(SK)
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName(PK)
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName(SK)
                                .keyType(KeyType.RANGE)
                                .build()));
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
    }
}
