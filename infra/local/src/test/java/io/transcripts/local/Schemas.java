package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.transcripts.export.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The published JSON Schemas of {@code events/schemas}: the export and each EventBridge event,
 * checked against what the tests make the pipeline produce.
 */
final class Schemas {
    static final Path DIR = Path.of("../../events/schemas").toAbsolutePath().normalize();
    /** The schemas' $id prefix: their $refs resolve to the files here, nothing is fetched. */
    static final String BASE = "https://transcripts.example/schemas/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas((String iri) -> iri.startsWith(BASE) ? read(DIR.resolve(iri.substring(BASE.length()))) : null));
    private static final Schema EXPORT = load("export.schema.json");
    private static final Map<String, Schema> EVENTS = Map.of(
            "Guidance Changed", load("guidance-changed.schema.json"),
            "Guidance Alert Corrected", load("guidance-alert-corrected.schema.json"),
            "Guidance Alert Retracted", load("guidance-alert-retracted.schema.json"));

    private Schemas() {
    }

    private static Schema load(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The schema's complaints about an export (none when it conforms). */
    static List<Error> exportErrors(Object export) {
        return EXPORT.validate(Json.MAPPER.valueToTree(export));
    }

    static void assertExport(Object export, String what) {
        assertEquals(List.of(), exportErrors(export).stream().map(Error::toString).toList(), what + " against export.schema.json");
    }

    /** An event as EventBridge delivers it, built from a PutEvents entry: source, detail-type, detail. */
    static JsonNode event(JsonNode entry) {
        var e = Json.MAPPER.createObjectNode();
        e.put("source", entry.path("Source").asText());
        e.put("detail-type", entry.path("DetailType").asText());
        e.set("detail", Json.read(entry.path("Detail").asText(), JsonNode.class));
        return e;
    }

    static List<Error> eventErrors(JsonNode event) {
        Schema s = EVENTS.get(event.path("detail-type").asText());
        if (s == null) {
            throw new AssertionError("no schema for the event " + event);
        }
        return s.validate(event);
    }

    /** Every event in a PutEvents log (one request a line) against its detail-type's schema; returns how many. */
    static int assertEvents(Path eventLog) throws Exception {
        int n = 0;
        if (!Files.exists(eventLog)) {
            return 0;
        }
        for (String line : Files.readAllLines(eventLog)) {
            for (JsonNode entry : Json.MAPPER.readTree(line).path("Entries")) {
                JsonNode event = event(entry);
                assertEquals(List.of(), eventErrors(event).stream().map(Error::toString).toList(), event.toString());
                n++;
            }
        }
        return n;
    }
}
