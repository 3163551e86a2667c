package io.transcripts.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transcripts.export.Json;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Writes events as the Lambda service delivers them (JSON, S3 keys URL-encoded, a missing version
 * as "") and reads them back with the Lambda runtime's own serializers, as a deployed function would.
 */
public final class LambdaEvents {
    private LambdaEvents() {
    }

    /** An S3 notification without a sequencer: the function reads the object whatever it read before. */
    public static String s3Json(String bucket, String key, long size, String versionId) {
        return s3Json(bucket, key, size, versionId, null);
    }

    public static String s3Json(String bucket, String key, long size, String versionId, String sequencer) {
        ObjectNode rec = Json.MAPPER.createObjectNode();
        rec.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", "us-east-1")
                .put("eventTime", Instant.now().toString()).put("eventName", "ObjectCreated:Put");
        rec.putObject("userIdentity").put("principalId", "local");
        rec.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        rec.putObject("responseElements").put("x-amz-request-id", "local").put("x-amz-id-2", "local");
        ObjectNode s3 = rec.putObject("s3");
        s3.put("s3SchemaVersion", "1.0").put("configurationId", "local");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "local");
        s3.putObject("object").put("key", encodeKey(key))
                .put("size", size).put("eTag", "").put("versionId", versionId == null ? "" : versionId)
                .put("sequencer", sequencer == null ? "" : sequencer);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("Records").add(rec);
        return root.toString();
    }

    /** S3 notifications carry the key URL-encoded, slashes kept. */
    public static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    public static S3Event s3Event(String json) {
        return LambdaEventSerializers.serializerFor(S3Event.class, LambdaEvents.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    public static String dynamodbJson(List<Record> records, String streamArn) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("Records");
        for (Record r : records) {
            arr.add(dynamodbRecord(r, streamArn));
        }
        return root.toString();
    }

    /** One stream record as the Lambda service writes it into an event (and as filter patterns see it). */
    public static ObjectNode dynamodbRecord(Record r, String streamArn) {
        ObjectNode rec = Json.MAPPER.createObjectNode();
        rec.put("eventID", r.eventID()).put("eventName", r.eventNameAsString()).put("eventVersion", "1.1")
                .put("eventSource", "aws:dynamodb").put("awsRegion", "us-east-1").put("eventSourceARN", streamArn);
        ObjectNode d = rec.putObject("dynamodb");
        d.put("SequenceNumber", r.dynamodb().sequenceNumber()).put("SizeBytes", r.dynamodb().sizeBytes())
                .put("StreamViewType", r.dynamodb().streamViewTypeAsString());
        d.set("Keys", image(r.dynamodb().keys()));
        if (r.dynamodb().hasNewImage()) {
            d.set("NewImage", image(r.dynamodb().newImage()));
        }
        if (r.dynamodb().hasOldImage()) {
            d.set("OldImage", image(r.dynamodb().oldImage()));
        }
        return rec;
    }

    public static DynamodbEvent dynamodbEvent(String json) {
        return LambdaEventSerializers.serializerFor(DynamodbEvent.class, LambdaEvents.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectNode image(Map<String, AttributeValue> item) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        item.forEach((k, v) -> o.set(k, value(v)));
        return o;
    }

    private static ObjectNode value(AttributeValue v) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (v.s() != null) {
            o.put("S", v.s());
        } else if (v.n() != null) {
            o.put("N", v.n());
        } else if (v.bool() != null) {
            o.put("BOOL", v.bool());
        } else if (Boolean.TRUE.equals(v.nul())) {
            o.put("NULL", true);
        } else if (v.hasM()) {
            o.set("M", image(v.m()));
        } else if (v.hasL()) {
            ArrayNode a = o.putArray("L");
            v.l().forEach(x -> a.add(value(x)));
        } else if (v.hasSs()) {
            ArrayNode a = o.putArray("SS");
            v.ss().forEach(a::add);
        }
        return o;
    }
}
