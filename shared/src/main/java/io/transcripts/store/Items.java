package io.transcripts.store;

import io.transcripts.export.Json;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Decoding a stored item's body: the one place that knows how bodies are kept (README "Data model"). */
public final class Items {
    private Items() {
    }

    /** An item's JSON body, compressed (binary) or plain (string). */
    public static String body(Map<String, AttributeValue> it) {
        AttributeValue v = it.get(Keys.BODY);
        return v.b() != null ? Gzip.decompress(v.b().asByteArray()) : v.s();
    }

    public static ItemType type(Map<String, AttributeValue> it) {
        return ItemType.valueOf(it.get(Keys.TYPE).s());
    }

    /** One reported figure per metric, period, basis and unit: how a document's metrics are told apart and ordered. */
    public static String metricKey(io.transcripts.model.ReportedMetric m) {
        return m.itemKey() + "#" + m.unit();
    }

    /** A page's values (a JSON array), or the one value of an item stored before pages (a JSON object). */
    public static <T> List<T> values(String body, Class<T> type) {
        if (!body.startsWith("[")) {
            return List.of(Json.read(body, type));
        }
        try {
            return Json.MAPPER.readValue(body, Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored page of " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
