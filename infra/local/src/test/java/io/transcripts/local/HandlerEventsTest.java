package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.transcripts.alerts.function.AlertsHandler;
import io.transcripts.financials.function.FinancialsHandler;
import io.transcripts.financials.function.S3ObjectReader;
import io.transcripts.ingest.IngestHandler;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Status;
import io.transcripts.store.Keys;
import io.transcripts.store.StoredDocument;
import io.transcripts.store.TranscriptStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import io.transcripts.model.ReportedMetric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Each handler on the sample events of events/, parsed by the Lambda runtime's serializers, against
 * DynamoDB Local and S3Proxy: the handlers' own constructors, no local pipeline in between.
 */
class HandlerEventsTest {
    private static final Path EVENTS = Path.of("../../events");
    private static final String TABLE = "handler-events";

    @TempDir
    static Path data;
    static LocalStack stack;
    static S3Client s3;
    static DynamoDbClient ddb;
    static LocalEventBus bus;
    static EventBridgeClient events;
    static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        stack = new LocalStack(data);
        s3 = stack.s3();
        ddb = stack.dynamo();
        ddb.createTable(io.transcripts.store.TableDefinition.create(TABLE));
        bus = new LocalEventBus(data);
        events = EventBridgeClient.builder().endpointOverride(bus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        env = Map.of("TABLE_NAME", TABLE, "EVENT_BUS_NAME", "handler-events-bus");
    }

    @AfterAll
    static void stop() throws Exception {
        events.close();
        bus.close();
        s3.close();
        ddb.close();
        stack.close();
    }

    private static String read(String name) throws Exception {
        return Files.readString(EVENTS.resolve(name), StandardCharsets.UTF_8);
    }

    /** Puts the sample transcript at the object the event names, in the bucket it names. */
    private static S3Event upload(String eventFile, String transcript) throws Exception {
        S3Event event = LambdaEvents.s3Event(read(eventFile));
        var s3e = event.getRecords().get(0).getS3();
        String bucket = s3e.getBucket().getName();
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        s3.putObject(b -> b.bucket(bucket).key(s3e.getObject().getUrlDecodedKey()),
                RequestBody.fromFile(EVENTS.resolve("transcripts").resolve(transcript)));
        return event;
    }

    private static StoredDocument document(S3Event event) {
        var s3e = event.getRecords().get(0).getS3();
        String id = Keys.documentId(s3e.getBucket().getName(), s3e.getObject().getUrlDecodedKey());
        return new io.transcripts.reader.TranscriptReader(ddb, TABLE).document(id).orElseThrow(() -> new AssertionError("no document " + id));
    }

    @Test
    void ingestReadsAnUploadAndWritesTheProcessedTranscript() throws Exception {
        S3Event event = upload("s3-put-incoming.json", "aurora-networks-q3-fy2025-motley.txt");
        assertEquals("processed 1", new IngestHandler(s3, ddb, env).handleRequest(event, null));
        StoredDocument doc = document(event);
        assertEquals(Status.PROCESSED, doc.document().status());
        assertEquals("motley-fool", doc.document().layout().family());
        assertTrue(doc.turns().size() > 10, "turns: " + doc.turns().size());
        String bucket = event.getRecords().get(0).getS3().getBucket().getName();
        assertTrue(s3.listObjectsV2(b -> b.bucket(bucket).prefix("processed/")).contents().stream()
                .anyMatch(o -> o.key().equals("processed/" + doc.document().documentId() + ".json")));
    }

    @Test
    void urlEncodedKeyAndEmptyVersionThenFinancialsOnTheProcessedEvent() throws Exception {
        S3Event uploaded = upload("s3-put-encoded-key.json", "borealis-health-q2-fy2026-colon.txt");
        assertEquals("", uploaded.getRecords().get(0).getS3().getObject().getVersionId());
        new IngestHandler(s3, ddb, env).handleRequest(uploaded, null);
        StoredDocument doc = document(uploaded);
        assertEquals("incoming/Borealis Health Q2 FY2026 (colon).txt", doc.document().source().key());
        assertEquals(Status.PROCESSED, doc.document().status());

        // the sample processed event names the object ingest wrote for the sample upload above
        S3Event processed = LambdaEvents.s3Event(read("s3-put-processed.json"));
        assertEquals("processed/" + doc.document().documentId() + ".json",
                processed.getRecords().get(0).getS3().getObject().getUrlDecodedKey());
        assertEquals("processed 0", new IngestHandler(s3, ddb, env).handleRequest(processed, null),
                "ingest must ignore its own output");
        Map<String, String> service = stack.serviceEnvironment();
        FinancialsHandler financials = new FinancialsHandler(new S3ObjectReader(UrlConnectionHttpClient.create(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(service.get("AWS_ACCESS_KEY_ID"), service.get("AWS_SECRET_ACCESS_KEY"))),
                service.get("AWS_REGION"), java.net.URI.create(service.get("AWS_ENDPOINT_URL_S3"))), ddb, env);
        String first = financials.handleRequest(processed, null);
        int guidance = document(uploaded).guidance().size();
        assertTrue(guidance > 0, "guidance stored");
        assertEquals(first, financials.handleRequest(processed, null), "a re-delivery stores the same items");
        assertEquals(guidance, document(uploaded).guidance().size(), "and leaves no duplicates");
        // the company's figures by period (GSI1): every metric and guidance item of the call, metrics a page per period
        StoredDocument stored = document(uploaded);
        String company = io.transcripts.model.CompanyKey.of(stored.document().call().ticker(), stored.document().call().company());
        var reader = new io.transcripts.reader.TranscriptReader(ddb, TABLE);
        List<ReportedMetric> all = io.transcripts.reader.Pages.all(r -> reader.metrics(company, null, r))
                .map(io.transcripts.reader.DocumentMetric::metric).toList();
        assertEquals(new java.util.HashSet<>(stored.metrics()), new java.util.HashSet<>(all));
        assertEquals(stored.metrics().size(), all.size());
        assertEquals(new java.util.HashSet<>(stored.guidance()),
                new java.util.HashSet<>(io.transcripts.reader.Pages.all(r -> reader.guidance(company, null, r)).toList()));
        String period = String.valueOf(stored.metrics().get(0).period());
        var one = io.transcripts.reader.Pages.all(r -> reader.metrics(company, period, r)).map(io.transcripts.reader.DocumentMetric::metric).toList();
        assertTrue(!one.isEmpty() && one.stream().allMatch(m -> String.valueOf(m.period()).startsWith(period)), one.toString());
        assertTrue(stored.metrics().size() > 1 && ddb.query(b -> b.tableName(TABLE).keyConditionExpression("PK = :p AND begins_with(SK, :m)")
                .expressionAttributeValues(Map.of(":p", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(Keys.doc(stored.document().documentId())),
                        ":m", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("METRIC#")))).count() < stored.metrics().size(),
                "metrics are stored a page per period");
        // guidance said in words is kept as words, apart from the numeric items
        var outlook = document(uploaded).outlook();
        assertEquals(1, outlook.size(), outlook.toString());
        assertEquals("high-single digits", outlook.get(0).text());
        assertTrue(document(uploaded).guidance().stream().noneMatch(g -> g.guidance().period().equals(FiscalPeriod.year(2027))));
    }

    /** An upload of {@code content} under {@code key} and its notification with this sequencer. */
    private static S3Event write(String key, byte[] content, String sequencer) {
        String bucket = stack.bucket();
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
        return notification(key, content.length, sequencer);
    }

    private static S3Event notification(String key, long size, String sequencer) {
        return LambdaEvents.s3Event(LambdaEvents.s3Json(stack.bucket(), key, size, "", sequencer));
    }

    @Test
    void aNotificationOfAWriteReadAlreadyIsNotReadAgainButALaterWriteIs() throws Exception {
        IngestHandler ingest = new IngestHandler(s3, ddb, env);
        String key = "incoming/redelivered call.txt";
        byte[] call = Files.readAllBytes(EVENTS.resolve("transcripts/cinder-foods-q4-fy2025-dash.txt"));
        S3Event first = write(key, call, "0066A1B2C3D4E5F6A0");
        assertEquals("processed 1", ingest.handleRequest(first, null));
        StoredDocument read = document(first);
        assertEquals(Status.PROCESSED, read.document().status());
        assertEquals("0066A1B2C3D4E5F6A0", read.document().source().sequencer());

        // the same notification again (S3 at least once, or Lambda retrying an invocation it lost), and a late older one
        assertEquals("processed 0, 1 redelivered (read already)", ingest.handleRequest(first, null));
        assertEquals("processed 0, 1 redelivered (read already)", ingest.handleRequest(notification(key, call.length, "66A1B2C3D4E5F69F"), null));
        assertEquals(read.document().processedAt(), document(first).document().processedAt(), "the record was not written again");

        // a reading cut short after the record, before the processed transcript: read again
        String processed = "processed/" + read.document().documentId() + ".json";
        s3.deleteObject(b -> b.bucket(stack.bucket()).key(processed));
        assertEquals("processed 1", ingest.handleRequest(first, null));
        assertTrue(s3.headObject(b -> b.bucket(stack.bucket()).key(processed)).metadata().containsValue("0066A1B2C3D4E5F6A0"));

        // a later write of the key, and a notification without a sequencer: read
        assertEquals("processed 1", ingest.handleRequest(write(key, call, "0066A1B2C3D4E5F6B0"), null));
        assertEquals("0066A1B2C3D4E5F6B0", document(first).document().source().sequencer());
        assertEquals("processed 1", ingest.handleRequest(notification(key, call.length, null), null));

        // a write that failed to read is final too: its notification again is not read again
        S3Event empty = write("incoming/empty again.txt", new byte[0], "0A");
        assertEquals("processed 1", ingest.handleRequest(empty, null));
        assertEquals(Status.FAILED, document(empty).document().status());
        assertEquals("processed 0, 1 redelivered (read already)", ingest.handleRequest(empty, null));
    }

    @Test
    void alertsFromTheStreamEventOnceEvenWhenRedelivered() throws Exception {
        DynamodbEvent event = LambdaEvents.dynamodbEvent(read("dynamodb-stream-guidance.json"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T14:06:00Z"), ZoneOffset.UTC);
        AlertsHandler alerts = new AlertsHandler(ddb, events, env, clock);
        var reader = new io.transcripts.reader.TranscriptReader(ddb, TABLE, clock);
        long before = eventCount();

        assertTrue(alerts.handleRequest(event, null).getBatchItemFailures().isEmpty());
        assertTrue(alerts.handleRequest(event, null).getBatchItemFailures().isEmpty());

        var recent = reader.recentAlerts(Instant.parse("2026-11-01T00:00:00Z"), io.transcripts.reader.PageRequest.first(10)).items();
        assertEquals(1, recent.size(), "one alert for the guidance record; the document record raises none");
        assertEquals("RAISED", recent.get(0).direction().name());
        assertEquals(5.0, recent.get(0).midpointChangePercent(), 1e-9);
        assertEquals(1, eventCount() - before, "one EventBridge event despite the re-delivery");
        assertFalse(Files.readString(bus.log()).contains("local-secret-key"));
    }

    @Test
    void aWritesAlertsShareOnePageAndACorrectionOrRetractionMovesOnlyItsOwn() throws Exception {
        String c = "cccc0000pages000000000003";
        TranscriptStore store = new TranscriptStore(ddb, TABLE);
        Instant first = Instant.parse("2026-10-05T14:06:00Z"); // before the month the other tests read
        Instant later = Instant.parse("2026-10-06T09:30:00Z");
        var fy26 = guidanceRecord(c, 2026, 1);
        var fy27 = guidanceRecord(c, 2027, 2);
        new AlertsHandler(ddb, events, env, Clock.fixed(first, ZoneOffset.UTC)).handleRequest(streamEvent(List.of(fy26, fy27)), null);
        assertEquals(Map.of(Keys.alertPage(first.toString()), 2), pages(c), "one write's two alerts: one item");

        // FY2026 corrected (a higher range) at a later time: it moves to a page of its own, FY2027 stays
        var corrected = (com.fasterxml.jackson.databind.node.ObjectNode) io.transcripts.export.Json.MAPPER.readTree(
                guidanceRecord(c, 2026, 3).toString().replace("4300000000.0", "4400000000.0"));
        corrected.put("eventName", "MODIFY");
        new AlertsHandler(ddb, events, env, Clock.fixed(later, ZoneOffset.UTC)).handleRequest(streamEvent(List.of(corrected)), null);
        assertEquals(Map.of(Keys.alertPage(first.toString()), 1, Keys.alertPage(later.toString()), 1), pages(c));
        var stored = store.alerts(List.of(c));
        assertEquals(4.4e9, stored.get(new TranscriptStore.AlertKey(c, "revenue#FY2026#ANY")).alert().high(), 1);
        assertEquals(later.toString(), stored.get(new TranscriptStore.AlertKey(c, "revenue#FY2026#ANY")).alert().createdAt());

        // FY2027's item removed: its alert is retracted and the page it was alone in deleted
        var removed = (com.fasterxml.jackson.databind.node.ObjectNode) io.transcripts.export.Json.MAPPER.readTree(
                guidanceRecord(c, 2027, 4).toString());
        removed.put("eventName", "REMOVE");
        var dynamodb = (com.fasterxml.jackson.databind.node.ObjectNode) removed.path("dynamodb");
        dynamodb.set("OldImage", dynamodb.remove("NewImage"));
        new AlertsHandler(ddb, events, env, Clock.fixed(later.plusSeconds(60), ZoneOffset.UTC)).handleRequest(streamEvent(List.of(removed)), null);
        assertEquals(Map.of(Keys.alertPage(later.toString()), 1), pages(c));
        var recent = new io.transcripts.reader.TranscriptReader(ddb, TABLE, Clock.fixed(later, ZoneOffset.UTC))
                .recentAlerts(first.minusSeconds(1), io.transcripts.reader.PageRequest.first(10)).items().stream()
                .filter(a -> a.documentId().equals(c)).toList();
        assertEquals(List.of("revenue#FY2026#ANY"), recent.stream().map(io.transcripts.model.Alert::itemKey).toList());
    }

    /** The alert pages of a document's partition: each page's sort key and how many alerts it holds. */
    private static Map<String, Integer> pages(String documentId) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (var it : ddb.query(b -> b.tableName(TABLE).keyConditionExpression("PK = :p AND begins_with(SK, :s)")
                .expressionAttributeValues(Map.of(":p", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(Keys.doc(documentId)),
                        ":s", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("ALERT#")))).items()) {
            out.put(it.get(Keys.SK).s(), io.transcripts.store.Items.values(io.transcripts.store.Items.body(it),
                    io.transcripts.model.Alert.class).size());
        }
        return out;
    }

    /** A guidance record of the sample stream event, for another document and period. */
    private static com.fasterxml.jackson.databind.node.ObjectNode guidanceRecord(String documentId, int year, int seq) throws Exception {
        var sample = (com.fasterxml.jackson.databind.node.ObjectNode) io.transcripts.export.Json.MAPPER
                .readTree(read("dynamodb-stream-guidance.json")).path("Records").get(0);
        String json = sample.toString().replace("5e0c1a7d9b3f2e4a6c8d0b1f", documentId).replace("FY2026", "FY" + year)
                .replace("fiscal 2026", "fiscal " + year);
        var r = (com.fasterxml.jackson.databind.node.ObjectNode) io.transcripts.export.Json.MAPPER.readTree(json);
        r.put("eventID", documentId + "-" + seq);
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("dynamodb")).put("SequenceNumber", Integer.toString(1000 + seq));
        return r;
    }

    private static DynamodbEvent streamEvent(List<com.fasterxml.jackson.databind.node.ObjectNode> records) {
        var root = io.transcripts.export.Json.MAPPER.createObjectNode();
        root.putArray("Records").addAll(records);
        return LambdaEvents.dynamodbEvent(root.toString());
    }

    /**
     * A PutEvents endpoint that refuses the entries about one document (FailedEntryCount 1, as
     * EventBridge answers a throttled entry) and keeps the rest.
     */
    private static final class RefusingBus implements AutoCloseable {
        final com.sun.net.httpserver.HttpServer server;
        final List<String> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();

        RefusingBus(String refusedDocument) throws Exception {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", x -> {
                String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean refuse = body.contains(refusedDocument);
                if (!refuse) {
                    accepted.add(body);
                }
                byte[] reply = (refuse ? "{\"FailedEntryCount\":1,\"Entries\":[{\"ErrorCode\":\"ThrottlingException\",\"ErrorMessage\":\"slow down\"}]}"
                        : "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"e\"}]}").getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
                x.sendResponseHeaders(200, reply.length);
                x.getResponseBody().write(reply);
                x.close();
            });
            server.start();
        }

        EventBridgeClient client() {
            return EventBridgeClient.builder().endpointOverride(java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClient(UrlConnectionHttpClient.create()).build();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void aRefusedPublishRetriesFromItsRecordAndWhatWentOutBeforeItIsStored() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T14:06:00Z"), ZoneOffset.UTC);
        TranscriptStore store = new TranscriptStore(ddb, TABLE);
        String a = "aaaa0000batch000000000001";
        String b = "bbbb0000batch000000000002";
        var records = List.of(guidanceRecord(a, 2026, 1), guidanceRecord(a, 2027, 2), guidanceRecord(b, 2026, 3),
                guidanceRecord(b, 2027, 4));
        List<TranscriptStore.AlertKey> keys = List.of(new TranscriptStore.AlertKey(a, "revenue#FY2026#ANY"),
                new TranscriptStore.AlertKey(a, "revenue#FY2027#ANY"), new TranscriptStore.AlertKey(b, "revenue#FY2026#ANY"),
                new TranscriptStore.AlertKey(b, "revenue#FY2027#ANY"));
        try (RefusingBus refusing = new RefusingBus(b); RefusingBus working = new RefusingBus("no document")) {
            var failed = new AlertsHandler(ddb, refusing.client(), env, clock).handleRequest(streamEvent(records), null);

            assertEquals(List.of("1003", "1004"), failed.getBatchItemFailures().stream().map(f -> f.getItemIdentifier()).toList(),
                    "the batch retries from the refused record, not from its start");
            assertEquals(2, refusing.accepted.size(), "the first document's two alerts went out");
            assertEquals(java.util.Set.of(keys.get(0), keys.get(1)), store.alerts(List.of(a, b)).keySet(),
                    "what went out before the refusal is stored; nothing of the refused document");

            // Lambda retries from the reported record; then the whole batch arrives again
            AlertsHandler alerts = new AlertsHandler(ddb, working.client(), env, clock);
            assertTrue(alerts.handleRequest(streamEvent(records.subList(2, 4)), null).getBatchItemFailures().isEmpty());
            assertTrue(alerts.handleRequest(streamEvent(records), null).getBatchItemFailures().isEmpty());

            assertEquals(2, working.accepted.size(), "the retry published the refused document's two alerts, and nothing twice");
            assertTrue(working.accepted.stream().allMatch(e -> e.contains(b)));
            assertEquals(java.util.Set.copyOf(keys), store.alerts(List.of(a, b)).keySet());
        }
    }

    private static long eventCount() throws Exception {
        return Files.exists(bus.log()) ? Files.readAllLines(bus.log()).size() : 0;
    }
}
