package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Outages and crashes while uploads are in flight: DynamoDB Local and S3Proxy stopped before or
 * during a document's writes, a function's JVM killed mid-invocation, notifications and stream
 * records delivered twice or out of order. Once the services are back and Lambda's retries have
 * run, every upload has exactly one complete set of items and its alerts went out exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsTest {
    /** Longer than the SDK's own retries (DynamoDB: 9 attempts in about 3 s), ended before Lambda's first retry (5 s later). */
    private static final long OUTAGE_MS = 6000;
    private LocalStack stack;
    private LocalPipeline pipeline;
    private String sample;
    /** Items, turns, guidance and alerts of the sample processed with nothing going wrong. */
    private Map<String, Integer> baseline;
    private int company;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        stack = new LocalStack(data);
        // retries a little apart, so an outage of a few seconds ends before they are spent
        pipeline = new LocalPipeline(stack, data, LocalPipeline.Options.defaults().withRetryDelay(Duration.ofSeconds(5)));
        sample = BadInputs.longCall(150);
        String id = upload("baseline");
        pipeline.drain();
        baseline = shape(id);
        assertTrue(baseline.get("guidance") > 0 && baseline.get("alerts") > 0, "the sample gives guidance: " + baseline);
    }

    @AfterAll
    void stop() throws Exception {
        pipeline.close();
        stack.close();
    }

    /** The sample as another company's call: distinct content (no duplicate) and its own history. */
    private String upload(String name) {
        company++;
        String text = sample.replace("Borealis Health", "Borealis Health " + company).replace("BRLH", "BRL" + (char) ('A' + company));
        return pipeline.upload(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Integer> shape(String id) throws Exception {
        JsonNode e = Json.MAPPER.valueToTree(pipeline.export(id));
        // alert pages are left out: how many there are follows how the stream batched the records (the alerts count below)
        int items = stack.dynamo().query(b -> b.tableName(stack.table()).keyConditionExpression("PK = :p")
                .filterExpression("itemType <> :a").expressionAttributeValues(Map.of(":p", AttributeValue.builder().s("DOC#" + id).build(),
                        ":a", AttributeValue.builder().s("ALERT").build()))).count();
        return Map.of("status", e.path("status").asText().equals("PROCESSED") ? 1 : 0, "items", items,
                "turns", e.path("turns").size(), "guidance", e.path("guidance").size(), "alerts", e.path("alerts").size(),
                "events", events(id));
    }

    /** Events on the bus about this document. */
    private int events(String id) throws Exception {
        if (!Files.exists(pipeline.eventLog())) {
            return 0;
        }
        int n = 0;
        for (String line : Files.readAllLines(pipeline.eventLog())) {
            for (JsonNode entry : Json.MAPPER.readTree(line).path("Entries")) {
                if (Json.MAPPER.readTree(entry.path("Detail").asText()).path("documentId").asText().equals(id)) {
                    n++;
                }
            }
        }
        return n;
    }

    private int distinctAlertIds(String id) throws Exception {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String line : Files.readAllLines(pipeline.eventLog())) {
            for (JsonNode entry : Json.MAPPER.readTree(line).path("Entries")) {
                JsonNode d = Json.MAPPER.readTree(entry.path("Detail").asText());
                if (d.path("documentId").asText().equals(id)) {
                    ids.add(d.path("alertId").asText());
                }
            }
        }
        return ids.size();
    }

    private void assertComplete(String id) throws Exception {
        assertEquals(baseline, shape(id), "one complete set of items, each alert published once");
    }

    private int failures() {
        return pipeline.lambda().failedInvocations("IngestFunction") + pipeline.lambda().failedInvocations("FinancialsFunction")
                + pipeline.lambda().failedInvocations("AlertsFunction");
    }

    @Test
    void dynamoDbDownBeforeTheUpload() throws Exception {
        int failed = failures();
        stack.stopDynamo();
        String id = upload("dynamo-before");
        Thread.sleep(OUTAGE_MS);
        stack.startDynamo();
        pipeline.drain();
        assertTrue(failures() > failed, "the outage failed no invocation: the test proved nothing");
        assertComplete(id);
        assertEquals(List.of(), pipeline.lambda().deadLetters());
    }

    @Test
    void dynamoDbDownDuringTheWrites() throws Exception {
        for (int delay : List.of(300, 900, 1800)) {
            String id = upload("dynamo-during-" + delay);
            Thread.sleep(delay);
            stack.stopDynamo();
            Thread.sleep(OUTAGE_MS);
            stack.startDynamo();
            pipeline.drain();
            assertComplete(id);
        }
    }

    @Test
    void s3DownAfterTheUpload() throws Exception {
        int failed = failures();
        String id = upload("s3-after");
        stack.stopS3();
        Thread.sleep(OUTAGE_MS);
        stack.startS3();
        pipeline.drain();
        assertTrue(failures() > failed, "the outage failed no invocation: the test proved nothing");
        assertComplete(id);
    }

    @Test
    void functionKilledMidInvocation() throws Exception {
        for (String function : List.of("IngestFunction", "FinancialsFunction", "AlertsFunction")) {
            String id = upload("killed-" + function);
            int before = pipeline.lambda().coldStarts(function);
            long end = System.currentTimeMillis() + 30_000;
            while (!pipeline.lambda().running(function) && System.currentTimeMillis() < end) {
                Thread.sleep(2);
            }
            Thread.sleep(20); // into the invocation
            int failed = pipeline.lambda().failedInvocations(function);
            pipeline.lambda().kill(function);
            pipeline.drain();
            assertTrue(pipeline.lambda().failedInvocations(function) > failed, function + ": the kill failed no invocation");
            assertTrue(pipeline.lambda().coldStarts(function) > before, function + " was not restarted after the kill");
            if (function.equals("AlertsFunction")) {
                // killed between publishing and marking an alert published, the retry publishes it again
                // under the same alertId (README: consumers deduplicate on it); nothing is missing
                Map<String, Integer> shape = new java.util.HashMap<>(shape(id));
                shape.put("events", distinctAlertIds(id));
                assertEquals(baseline, shape);
            } else {
                assertComplete(id);
            }
        }
    }

    @Test
    void notificationsAndStreamRecordsDeliveredAgainAndOutOfOrder() throws Exception {
        String first = upload("again");
        pipeline.drain();
        // S3 may deliver a notification again, late, after others
        String other = upload("again-other");
        pipeline.redeliver("again.txt", 1);
        pipeline.redeliver("again-other.txt", 1);
        pipeline.redeliver("again.txt", 1);
        pipeline.drain();
        assertComplete(first);
        assertComplete(other);
        // the stream delivers a batch again: every guidance item of the document, as MODIFY records
        List<software.amazon.awssdk.services.dynamodb.model.Record> records = new ArrayList<>();
        for (Map<String, AttributeValue> it : stack.dynamo().query(b -> b.tableName(stack.table())
                .keyConditionExpression("PK = :p AND begins_with(SK, :g)").expressionAttributeValues(Map.of(
                        ":p", AttributeValue.builder().s("DOC#" + first).build(),
                        ":g", AttributeValue.builder().s("GUIDANCE#").build()))).items()) {
            records.add(software.amazon.awssdk.services.dynamodb.model.Record.builder().eventID("replay-" + records.size())
                    .eventName("MODIFY").dynamodb(d -> d.sequenceNumber(Integer.toString(records.size())).sizeBytes(1L)
                            .streamViewType("NEW_AND_OLD_IMAGES").keys(Map.of("PK", it.get("PK"), "SK", it.get("SK")))
                            .newImage(it)).build());
        }
        String batch = LambdaEvents.dynamodbJson(records, "arn:aws:dynamodb:local:stream/replay");
        for (int i = 0; i < 2; i++) {
            var outcome = pipeline.lambda().invoke("AlertsFunction", batch);
            assertTrue(!outcome.failed(), outcome.describe());
        }
        assertComplete(first);
    }
}
