package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transcripts.export.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas reject what breaks the contract, so the tests that apply them can fail. */
class SchemasTest {
    /** An export the contract allows: the example event's alert in an otherwise empty call. */
    private static ObjectNode export() throws Exception {
        JsonNode record = Json.MAPPER.readTree(Files.readString(Path.of("../../events/dynamodb-stream-guidance.json")))
                .path("Records").get(0);
        JsonNode stored = Json.MAPPER.readTree(record.path("dynamodb").path("NewImage").path("body").path("S").asText());
        ObjectNode e = (ObjectNode) Json.MAPPER.readTree("""
                {"schemaVersion": 1, "documentId": "d1", "status": "PROCESSED", "warnings": [],
                 "source": {"bucket": "b", "key": "incoming/x.txt", "versionId": null, "sha256": null, "sizeBytes": 10,
                            "mediaType": "text/plain", "encoding": "UTF-8"},
                 "layout": {"family": "speaker-colon", "confidence": 0.9, "languages": ["en"]},
                 "call": {"company": "Cinder Foods plc", "ticker": "CNDR", "period": "FY2025-Q4", "date": "2026-02-12"},
                 "participants": [], "turns": [], "exchanges": [], "metrics": [], "guidance": [], "alerts": []}""");
        ObjectNode g = (ObjectNode) stored.path("guidance").deepCopy();
        g.put("turn", 4).put("quote", g.path("evidence").path("quote").asText()).remove("evidence");
        e.withArray("guidance").add(g);
        return e;
    }

    @Test
    void aConformingExportPasses() throws Exception {
        assertEquals(List.of(), Schemas.exportErrors(export()));
    }

    @Test
    void renamedFieldsUnknownVocabularyAndBadPeriodsFail() throws Exception {
        ObjectNode renamed = export();
        renamed.set("segments", renamed.remove("turns"));
        assertFalse(Schemas.exportErrors(renamed).isEmpty(), "turns renamed");

        ObjectNode family = export();
        family.with("layout").put("family", "motleyfool");
        assertFalse(Schemas.exportErrors(family).isEmpty(), "a layout family outside the vocabulary");

        ObjectNode period = export();
        ((ObjectNode) period.withArray("guidance").get(0)).put("period", "2026");
        assertFalse(Schemas.exportErrors(period).isEmpty(), "a period not in the FY2026 / FY2026-Q1 / FY2026-H2 shape");

        ObjectNode direction = export();
        ((ObjectNode) direction.withArray("guidance").get(0)).put("direction", "UP");
        assertFalse(Schemas.exportErrors(direction).isEmpty(), "a direction outside the vocabulary");
    }

    @Test
    void anEventWithoutItsDetailFieldsFails() throws Exception {
        ObjectNode entry = Json.MAPPER.createObjectNode().put("Source", "transcripts.guidance")
                .put("DetailType", "Guidance Alert Retracted").put("Detail", "{\"alertId\": \"d1:revenue#FY2026#ANY\"}");
        assertFalse(Schemas.eventErrors(Schemas.event(entry)).isEmpty(), "a retraction without document, reason or time");
        entry.put("Source", "someone.else").put("DetailType", "Guidance Changed").put("Detail", "{}");
        assertFalse(Schemas.eventErrors(Schemas.event(entry)).isEmpty(), "another source, an empty alert");
    }
}
