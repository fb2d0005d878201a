package uk.scrutiny.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** The S3 event notification JSON that AWS sends for a new object: URL-encoded key, size, eTag, sequencer. */
public final class S3EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private S3EventJson() {}

    public static String objectCreated(
            String configurationId,
            String bucket,
            String key,
            long size,
            String eTag,
            String versionId,
            String sequencer,
            Instant eventTime) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", "eu-west-2");
        record.put("eventTime", eventTime.toString());
        record.put("eventName", "ObjectCreated:Put");
        record.putObject("userIdentity").put("principalId", "AWS:LOCALRUNNER");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode response = record.putObject("responseElements");
        response.put(
                "x-amz-request-id",
                UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        response.put("x-amz-id-2", UUID.randomUUID().toString());
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", configurationId);
        ObjectNode b = s3.putObject("bucket");
        b.put("name", bucket);
        b.putObject("ownerIdentity").put("principalId", "LOCALRUNNER");
        b.put("arn", "arn:aws:s3:::" + bucket);
        ObjectNode o = s3.putObject("object");
        o.put("key", urlEncode(key));
        o.put("size", size);
        o.put("eTag", eTag);
        if (versionId != null && !versionId.isEmpty() && !"null".equals(versionId)) {
            o.put("versionId", versionId);
        }
        o.put("sequencer", sequencer);
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        records.add(record);
        return event.toString();
    }

    /** S3 encodes keys in events as HTML forms do: a space is '+', '/' stays. */
    static String urlEncode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
