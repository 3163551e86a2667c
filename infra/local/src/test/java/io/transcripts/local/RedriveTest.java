package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.model.Status;
import io.transcripts.reader.TranscriptReader;
import io.transcripts.store.Keys;
import io.transcripts.store.StoredDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The dead-letter redrive through the command people use: an upload whose retries all met a
 * DynamoDB outage, and a stream batch whose retries all met an EventBridge outage, are on file;
 * after the fix, {@code redrive} finishes both, once, and leaves nothing on file.
 */
class RedriveTest {
    private static final Path SAMPLES = Path.of("../../events/transcripts");

    @Test
    void whatExhaustedItsRetriesIsFinishedByRedriveAfterTheFix(@TempDir Path data) throws Exception {
        Path failures = data.resolve("failures");
        try (LocalStack stack = new LocalStack(data);
             LocalPipeline p = new LocalPipeline(stack, data, LocalPipeline.Options.defaults().withRetryDelay(Duration.ofMillis(200)))) {
            // an upload during a DynamoDB outage: ingest fails three times and goes to its destination
            stack.stopDynamo();
            p.upload("during-outage.txt", Files.readAllBytes(SAMPLES.resolve("aurora-networks-q3-fy2025-motley.txt")));
            assertTrue(p.lambda().awaitIdle(Duration.ofMinutes(2)), "ingest's retries end");
            stack.startDynamo();
            p.drain();
            assertEquals(1, Files.readAllLines(failures.resolve("IngestFunction.jsonl")).size());
            // a call read while EventBridge is down: its stream batch exhausts the mapping's retries
            p.stopBus();
            p.upload("bus-down.txt", Files.readAllBytes(SAMPLES.resolve("borealis-health-q2-fy2026-colon.txt")));
            p.drain();
            assertTrue(Files.exists(failures.resolve("AlertsFunction.jsonl")), "the stream batch is on file");
        }
        List<String> streamFailures = Files.readAllLines(failures.resolve("AlertsFunction.jsonl"));
        try (LocalStack stack = new LocalStack(data); DynamoDbClient ddb = stack.dynamo()) {
            TranscriptReader reader = new TranscriptReader(ddb, LocalStack.TABLE);
            assertFalse(reader.documentAt(LocalStack.BUCKET, "incoming/during-outage.txt").isPresent(), "the outage left no record");
            StoredDocument b = reader.documentAt(LocalStack.BUCKET, "incoming/bus-down.txt").orElseThrow();
            assertTrue(!b.guidance().isEmpty() && b.alerts().isEmpty(), "guidance stored, no alert went out");
        }

        LocalMainTest.Result r = LocalMainTest.run("redrive", "--data", data.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("IngestFunction: 1 redriven, 0 failed again"), r.out());
        assertTrue(r.out().matches("(?s).*AlertsFunction: [1-9]\\d* redriven, 0 failed again.*"), r.out());
        try (var left = Files.list(failures)) {
            assertEquals(0, left.count(), "nothing left on file");
        }
        long eventsAfter;
        try (LocalStack stack = new LocalStack(data); DynamoDbClient ddb = stack.dynamo()) {
            TranscriptReader reader = new TranscriptReader(ddb, LocalStack.TABLE);
            StoredDocument a = reader.documentAt(LocalStack.BUCKET, "incoming/during-outage.txt").orElseThrow();
            assertEquals(Status.PROCESSED, a.document().status());
            assertTrue(!a.guidance().isEmpty() && !a.alerts().isEmpty(), "the redriven upload went all the way to its alerts");
            StoredDocument b = reader.documentAt(LocalStack.BUCKET, "incoming/bus-down.txt").orElseThrow();
            assertEquals(b.guidance().stream().filter(g -> g.guidance().direction().alerts()).count(), b.alerts().size(),
                    "one alert per alerting guidance item of the redriven batch");
            eventsAfter = Files.readAllLines(data.resolve("events.jsonl")).stream()
                    .filter(l -> l.contains(Keys.documentId(LocalStack.BUCKET, "incoming/bus-down.txt"))).count();
            assertTrue(eventsAfter > 0, "its events reached the bus");
        }

        // a second redrive has nothing to do and publishes nothing twice
        LocalMainTest.Result again = LocalMainTest.run("redrive", "--data", data.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("nothing to redrive"), again.out());

        // the same batch on file again after one of its items changed (as a later upload would): that
        // record is left out, the rest went out already, so the bus gets nothing
        Files.write(failures.resolve("AlertsFunction.jsonl"), streamFailures);
        try (LocalStack stack = new LocalStack(data); DynamoDbClient ddb = stack.dynamo()) {
            String id = Keys.documentId(LocalStack.BUCKET, "incoming/bus-down.txt");
            var item = ddb.query(q -> q.tableName(LocalStack.TABLE).keyConditionExpression("PK = :p AND begins_with(SK, :g)")
                    .expressionAttributeValues(java.util.Map.of(":p", AttributeValue.fromS(Keys.doc(id)), ":g", AttributeValue.fromS("GUIDANCE#"))))
                    .items().get(0);
            var changed = new java.util.HashMap<>(item);
            changed.put(Keys.BODY, AttributeValue.fromS(item.get(Keys.BODY).s().replace("\"company\":\"", "\"company\":\"Revised ")));
            ddb.putItem(b -> b.tableName(LocalStack.TABLE).item(changed));
        }
        LocalMainTest.Result stale = LocalMainTest.run("redrive", "--data", data.toString());
        assertEquals(0, stale.status(), stale.err());
        assertTrue(stale.out().contains("1 stream records left out: their items changed since"), stale.out());
        assertEquals(eventsAfter, Files.readAllLines(data.resolve("events.jsonl")).stream()
                .filter(l -> l.contains(Keys.documentId(LocalStack.BUCKET, "incoming/bus-down.txt"))).count(), "nothing published twice");
    }
}
