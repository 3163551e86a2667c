package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployed handlers fed real Lambda event JSON, on whichever backend a subclass starts:
 * DynamoDB Local and S3Proxy here ({@link EndToEndTest}), LocalStack where Docker runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineScenarios {
    Path data;
    AutoCloseable backend;
    LocalPipeline pipeline;

    /** Starts the backend, with its bucket and table, keeping any files under {@code data}. */
    abstract Backend start(Path data) throws Exception;

    @BeforeAll
    void startPipeline(@TempDir Path dir) throws Exception {
        data = dir;
        Backend b = start(data);
        backend = (AutoCloseable) b;
        pipeline = new LocalPipeline(b, data);
    }

    @AfterAll
    void stop() throws Exception {
        pipeline.close();
        backend.close();
    }

    static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("../../events/transcripts").resolve(name));
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadTwiceAndRedeliverLeavesOneDocumentAndNoDuplicateAlert() throws Exception {
        byte[] content = sample("aurora-networks-q3-fy2025-motley.txt");
        String name = "aurora q3 & more.txt"; // spaces and & arrive URL-encoded in the event
        String id = pipeline.upload(name, content);
        pipeline.drain();
        Map<String, Object> first = pipeline.export(id);
        assertEquals("PROCESSED", first.get("status"));
        assertEquals("motley-fool", ((io.transcripts.model.LayoutInfo) first.get("layout")).family());
        int turns = ((List<Object>) first.get("turns")).size();
        int alerts = ((List<Object>) first.get("alerts")).size();
        long events = Files.exists(pipeline.eventLog()) ? Files.readAllLines(pipeline.eventLog()).size() : 0;
        assertTrue(turns > 10);

        pipeline.upload(name, content);
        pipeline.redeliver(name, content.length);
        pipeline.drain();
        Map<String, Object> again = pipeline.export(id);
        assertEquals(turns, ((List<Object>) again.get("turns")).size());
        assertEquals(alerts, ((List<Object>) again.get("alerts")).size());
        assertEquals(((List<Object>) first.get("guidance")).size(), ((List<Object>) again.get("guidance")).size());
        long eventsAfter = Files.exists(pipeline.eventLog()) ? Files.readAllLines(pipeline.eventLog()).size() : 0;
        assertEquals(events, eventsAfter, "a re-delivered upload must not publish an alert again");
        Schemas.assertExport(again, name);
        assertTrue(Schemas.assertEvents(pipeline.eventLog()) > 0, "the sample's alerts went out");
    }

    @Test
    void badInputEndsFailedWithTheReason() throws Exception {
        String empty = pipeline.upload("empty.txt", new byte[0]);
        byte[] bin = new byte[4096];
        new java.util.Random(7).nextBytes(bin);
        String binary = pipeline.upload("blob.bin", bin);
        String recipe = pipeline.upload("recipe.txt", "Preheat the oven. Mix flour and sugar. Bake.".getBytes(StandardCharsets.UTF_8));
        pipeline.drain();
        for (String id : List.of(empty, binary, recipe)) {
            Map<String, Object> e = pipeline.export(id);
            assertEquals("FAILED", e.get("status"), id);
            Schemas.assertExport(e, "a FAILED export");
            assertTrue(String.valueOf(e.get("error")).length() > 10);
        }
    }
}
