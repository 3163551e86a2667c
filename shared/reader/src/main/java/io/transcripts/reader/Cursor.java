package io.transcripts.reader;

import com.fasterxml.jackson.core.type.TypeReference;
import io.transcripts.export.Json;
import io.transcripts.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a page stops, as an opaque token: the key to start after (DynamoDB's exclusive start key,
 * every key attribute a string in this table), how many values of the next item were already
 * given (a page item holds many metrics), the alert month reached, and which query it belongs to,
 * so a token handed to another query is refused instead of read from a wrong place.
 */
record Cursor(String query, Map<String, String> after, int skip, Map<String, String> partial, String month) {
    private static final TypeReference<Map<String, Object>> SHAPE = new TypeReference<>() {
    };

    static Cursor start(String query) {
        return new Cursor(query, null, 0, null, null);
    }

    static Cursor of(String query, PageRequest request) {
        if (request.token() == null) {
            return start(query);
        }
        Map<String, Object> m;
        try {
            m = Json.MAPPER.readValue(new String(Base64.getUrlDecoder().decode(request.token()), StandardCharsets.UTF_8), SHAPE);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new IllegalArgumentException("not a page token: " + abbreviate(request.token()));
        }
        if (m == null || !fingerprint(query).equals(m.get("q"))) {
            throw new IllegalArgumentException("the page token belongs to another query: " + abbreviate(request.token()));
        }
        Object skip = m.getOrDefault("s", 0);
        Object month = m.get("m");
        if (!(skip instanceof Integer n) || n < 0 || (month != null && !(month instanceof String s && s.matches("\\d{4}-\\d{2}")))) {
            throw new IllegalArgumentException("not a page token: " + abbreviate(request.token()));
        }
        return new Cursor(query, strings(m.get("k"), request), n, strings(m.get("p"), request), (String) month);
    }

    /** A key in a token: string attribute values only, as this table's keys are. */
    private static Map<String, String> strings(Object o, PageRequest request) {
        if (o == null) {
            return null;
        }
        if (!(o instanceof Map<?, ?> map) || !map.values().stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("not a page token: " + abbreviate(request.token()));
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), (String) v));
        return out;
    }

    String token() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", fingerprint(query));
        if (after != null) {
            m.put("k", after);
        }
        if (skip > 0) {
            m.put("s", skip);
            m.put("p", partial);
        }
        if (month != null) {
            m.put("m", month);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(m).getBytes(StandardCharsets.UTF_8));
    }

    Map<String, AttributeValue> startKey() {
        if (after == null) {
            return null;
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        after.forEach((k, v) -> key.put(k, AttributeValue.fromS(v)));
        return key;
    }

    static Map<String, String> keyOf(Map<String, AttributeValue> item, java.util.List<String> names) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String n : names) {
            AttributeValue v = item.get(n);
            if (v != null && v.s() != null) {
                key.put(n, v.s());
            }
        }
        return key;
    }

    private static String fingerprint(String query) {
        return Sha256.prefix(query, 8);
    }

    private static String abbreviate(String token) {
        return token.length() > 24 ? token.substring(0, 24) + "..." : token;
    }
}
