package io.transcripts.local;

import io.transcripts.alerts.function.AlertsHandler;
import io.transcripts.export.Export;
import io.transcripts.financials.function.FinancialsHandler;
import io.transcripts.ingest.IngestHandler;
import io.transcripts.store.Keys;
import io.transcripts.store.StoredDocument;
import io.transcripts.store.StoredGuidance;
import io.transcripts.store.TableDefinition;
import io.transcripts.store.TranscriptStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Runs the deployed functions' handlers as the Lambda service would: every object written is an
 * S3 notification routed by the template's prefix filters, and the table's stream, filtered to
 * guidance items, feeds the alerts function.
 */
public final class LocalPipeline implements AutoCloseable {
    public static final String UPLOAD_PREFIX = "incoming/";
    public static final String PROCESSED_PREFIX = "processed/";

    private record Notice(String key, long size, String versionId) {
    }

    private final Deque<Notice> notices = new ArrayDeque<>();
    private final S3Client s3;
    private final DynamoDbClient ddb;
    private final DynamoDbStreamsClient streams;
    private final LocalEventBus bus;
    private final EventBridgeClient events;
    private final IngestHandler ingest;
    private final FinancialsHandler financials;
    private final AlertsHandler alerts;
    private final TranscriptStore store;
    private final String streamArn;
    private final String bucket;
    private final Map<String, String> iterators = new HashMap<>();

    public LocalPipeline(Backend stack, Path data) throws Exception {
        this.bucket = stack.bucket();
        this.s3 = stack.s3(new NotifyOnPut());
        this.ddb = stack.dynamo();
        this.streams = stack.streams();
        this.bus = new LocalEventBus(data);
        this.events = EventBridgeClient.builder().endpointOverride(bus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        Map<String, String> env = Map.of("TABLE_NAME", stack.table(), "UPLOAD_PREFIX", UPLOAD_PREFIX,
                "PROCESSED_PREFIX", PROCESSED_PREFIX, "MAX_OBJECT_BYTES", "52428800", "EVENT_BUS_NAME", "local-bus");
        this.ingest = new IngestHandler(s3, ddb, env);
        this.financials = new FinancialsHandler(s3, ddb, env);
        this.alerts = new AlertsHandler(ddb, events, env, Clock.systemUTC());
        this.store = new TranscriptStore(ddb, stack.table());
        this.streamArn = ddb.describeTable(b -> b.tableName(stack.table())).table().latestStreamArn();
        // records from earlier runs were delivered then; start every existing shard at its end
        for (Shard shard : streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()) {
            iterators.put(shard.shardId(), streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.LATEST)).shardIterator());
        }
    }

    public TranscriptStore store() {
        return store;
    }

    public Path eventLog() {
        return bus.log();
    }

    /** Uploads a file under the upload prefix; returns its document id. */
    public String upload(String fileName, byte[] content) {
        String key = UPLOAD_PREFIX + fileName;
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromBytes(content));
        return Keys.documentId(bucket, key);
    }

    /** Delivers a notification again, as S3's at-least-once delivery may. */
    public void redeliver(String fileName, long size) {
        notices.add(new Notice(UPLOAD_PREFIX + fileName, size, null));
    }

    /** Runs the functions until no notification and no stream record is left. */
    public void drain() {
        boolean progress = true;
        while (progress) {
            progress = false;
            Notice n;
            while ((n = notices.poll()) != null) {
                progress = true;
                var event = LambdaEvents.s3Event(LambdaEvents.s3Json(bucket, n.key(), n.size(), n.versionId()));
                if (n.key().startsWith(UPLOAD_PREFIX)) {
                    ingest.handleRequest(event, null);
                } else if (n.key().startsWith(PROCESSED_PREFIX)) {
                    financials.handleRequest(event, null);
                }
            }
            List<Record> records = pollStream();
            List<Record> guidance = records.stream().filter(LocalPipeline::matchesFilter).toList();
            if (!records.isEmpty()) {
                progress = true;
            }
            if (!guidance.isEmpty()) {
                var response = alerts.handleRequest(LambdaEvents.dynamodbEvent(LambdaEvents.dynamodbJson(guidance, streamArn)), null);
                if (!response.getBatchItemFailures().isEmpty()) {
                    throw new IllegalStateException("the alerts function failed " + response.getBatchItemFailures().size()
                            + " stream records");
                }
            }
        }
    }

    /** The template's FilterCriteria ({@link TableDefinition#GUIDANCE_FILTER}), applied as Lambda would. */
    static boolean matchesFilter(Record r) {
        String name = r.eventNameAsString();
        return ("INSERT".equals(name) || "MODIFY".equals(name)) && r.dynamodb().hasNewImage()
                && r.dynamodb().newImage().containsKey(Keys.TYPE)
                && "GUIDANCE".equals(r.dynamodb().newImage().get(Keys.TYPE).s());
    }

    private List<Record> pollStream() {
        List<Record> out = new ArrayList<>();
        for (Shard shard : streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()) {
            iterators.computeIfAbsent(shard.shardId(), id -> streams.getShardIterator(b -> b.streamArn(streamArn)
                    .shardId(id).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator());
        }
        for (Map.Entry<String, String> e : iterators.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            var r = streams.getRecords(b -> b.shardIterator(e.getValue()).limit(1000));
            out.addAll(r.records());
            e.setValue(r.nextShardIterator());
        }
        return out;
    }

    /** The document's export, read back from DynamoDB. */
    public Map<String, Object> export(String documentId) {
        StoredDocument d = store.load(documentId).orElseThrow(() -> new IllegalStateException("no document " + documentId));
        return Export.of(d.document(), d.participants(), d.turns(), d.exchanges(), d.metrics(),
                d.guidance().stream().map(StoredGuidance::guidance).toList(), d.outlook(), d.alerts());
    }

    @Override
    public void close() {
        bus.close();
        events.close();
        s3.close();
        ddb.close();
        streams.close();
    }

    /** S3 notifications: each successful PutObject queues the ObjectCreated event S3 would send. */
    private final class NotifyOnPut implements ExecutionInterceptor {
        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof PutObjectRequest put && context.response() instanceof PutObjectResponse res) {
                long size = context.requestBody().flatMap(b -> b.optionalContentLength()).orElse(0L);
                notices.add(new Notice(put.key(), size, res.versionId()));
            }
        }
    }
}
