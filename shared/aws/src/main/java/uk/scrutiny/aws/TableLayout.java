package uk.scrutiny.aws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * LEDGER                 | ledger id (below)                      one processed file: status, order, provenance
 * CONFIG                 | CATALOGUE, TARGETS, AREAS              pointer to the current catalogue / targets / areas file
 * CATALOGUE#fileId       | INDICATOR#00001 ...                    one catalogue upload's indicators, in file order
 * TARGETS#fileId         | TARGET#00001 ...                       one targets upload's targets
 * AREAS#fileId           | AREA#00001 ...                         one areas upload's areas, in file order
 * SERIES#indicatorCode   | area#periodStart#order                 one submitted value (a revision) with provenance
 * COMMENTARY             | code#frequency#periodStart#order       one commentary row with provenance (DynamoCommentaryStore)
 * </pre>
 * A ledger id is the upload's id, {@code bucket/key#v:version} (or {@code #s:sequencer#e:etag}), unless that
 * is longer than {@value #MAX_LEDGER_ID_BYTES} bytes: an S3 key may be 1,024 bytes, and a sort key
 * may be no longer, nor a partition key ({@code CATALOGUE#id}) longer than 2,048. A longer id is
 * cut to a readable prefix followed by {@code #sha256:} and the hash of the whole id; the full key
 * and id stay in the ledger item's {@code key} and {@code uploadId} attributes.
 * <p>
 * A value's period is stored as its {@code frequency} and {@code periodStart} (ISO date) and read
 * back from them, never from its display text. Items written before this carry only the display
 * text; they are read from the start date in their sort key, with the catalogue's frequency.
 * Template.yaml declares the same keys; the local runner creates the table from this.
 */
public final class TableLayout {
    public static final String PK = "pk";
    public static final String SK = "sk";

    /** DynamoDB's limit on a sort key, in UTF-8 bytes; partition keys built from ids add at most 10 bytes. */
    static final int MAX_LEDGER_ID_BYTES = 1024;

    private static final int KEPT_PREFIX_BYTES = 256;

    private TableLayout() {}

    /** The ledger's key for an upload id: the id itself when it fits DynamoDB's key limits, else a hashed form. */
    public static String ledgerId(String uploadId) {
        byte[] bytes = uploadId.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_LEDGER_ID_BYTES) {
            return uploadId;
        }
        return prefix(uploadId, KEPT_PREFIX_BYTES) + "#sha256:" + HexFormat.of().formatHex(sha256(bytes));
    }

    /** The longest start of {@code text} within {@code maxBytes} of UTF-8, never splitting a character. */
    private static String prefix(String text, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

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
