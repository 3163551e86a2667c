package io.transcripts.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.transcripts.aws.CapacityMeter;
import io.transcripts.aws.Clients;
import io.transcripts.aws.FunctionLog;
import io.transcripts.aws.Priming;
import io.transcripts.export.DocumentRecord;
import io.transcripts.format.ExtractionLimits;
import io.transcripts.format.TextExtractor;
import io.transcripts.model.Sequencer;
import io.transcripts.store.TranscriptStore;
import io.transcripts.structure.TranscriptParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 ObjectCreated under the upload prefix: reads each uploaded transcript. */
public final class IngestHandler implements RequestHandler<S3Event, String> {
    private final IngestPipeline pipeline;
    private final String uploadPrefix;
    /** Held: the CRaC context keeps its resources weakly. */
    private final Priming priming;
    private final CapacityMeter meter;
    private final FunctionLog log;

    /** Lambda's constructor: clients are built once per container. */
    public IngestHandler() {
        this(new CapacityMeter(), System.getenv());
    }

    private IngestHandler(CapacityMeter meter, Map<String, String> env) {
        this(S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build(), meter.client(), env, meter);
    }

    public IngestHandler(S3Client s3, DynamoDbClient ddb, Map<String, String> env) {
        this(s3, ddb, env, new CapacityMeter());
    }

    /** @param meter the meter on {@code ddb}, whose units each document's log line reports */
    public IngestHandler(S3Client s3, DynamoDbClient ddb, Map<String, String> env, CapacityMeter meter) {
        this.meter = meter;
        this.log = new FunctionLog("ingest", env);
        long maxBytes = Long.parseLong(Clients.optional(env, "MAX_OBJECT_BYTES", "52428800"));
        ExtractionLimits limits = new ExtractionLimits(maxBytes, ExtractionLimits.DEFAULT.maxChars(),
                ExtractionLimits.DEFAULT.maxElementDepth());
        TextExtractor extractor = new TextExtractor(limits);
        TranscriptStore store = new TranscriptStore(ddb, Clients.required(env, "TABLE_NAME"));
        this.pipeline = new IngestPipeline(s3, store, extractor, new TranscriptParser(),
                Clients.optional(env, "PROCESSED_PREFIX", "processed/"));
        this.uploadPrefix = Clients.optional(env, "UPLOAD_PREFIX", "incoming/");
        this.priming = Priming.register(env, () -> {
            SampleDocuments.warm(extractor);
            Priming.reach("DynamoDB", () -> store.document(Priming.ABSENT_KEY));
        });
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        int done = 0;
        int redelivered = 0;
        meter.take(); // priming's and earlier events' reads are no document's
        FunctionLog.About invocation = FunctionLog.invocation(context == null ? null : context.getAwsRequestId());
        for (S3EventNotificationRecord r : event.getRecords()) {
            String bucket = r.getS3().getBucket().getName();
            String key = r.getS3().getObject().getUrlDecodedKey();
            String version = r.getS3().getObject().getVersionId();
            if (!key.startsWith(uploadPrefix)) {
                log.info(invocation.document(null, key), "skipped: outside " + uploadPrefix);
                continue;
            }
            try {
                long started = System.nanoTime();
                IngestPipeline.Reading reading = pipeline.process(bucket, key, version == null || version.isEmpty() ? null : version,
                        Sequencer.parse(r.getS3().getObject().getSequencer()));
                DocumentRecord doc = reading.document();
                FunctionLog.About about = invocation.document(doc.documentId(), key);
                if (reading.redelivered()) {
                    log.info(about, "redelivered: " + key + " (sequencer " + r.getS3().getObject().getSequencer()
                            + ") was read already -> " + doc.documentId() + " " + doc.status() + "; not read again");
                    redelivered++;
                } else {
                    log.info(about, doc.status() + " " + key + " -> " + doc.documentId()
                            + (doc.error() != null ? " (" + doc.error() + ")" : "")
                            + (doc.warnings().isEmpty() ? "" : " warnings: " + String.join("; ", doc.warnings())));
                    done++;
                }
                log.info(about, CapacityMeter.line("ingest", doc.documentId(), meter.take()));
                log.metrics(about, metrics(reading), (System.nanoTime() - started) / 1e6);
            } catch (IOException e) {
                failed(invocation, bucket, key, e);
                throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
            } catch (RuntimeException e) {
                failed(invocation, bucket, key, e); // an outage: Lambda retries the event
                throw e;
            }
        }
        return "processed " + done + (redelivered > 0 ? ", " + redelivered + " redelivered (read already)" : "");
    }

    private void failed(FunctionLog.About invocation, String bucket, String key, Exception e) {
        log.warn(invocation.document(io.transcripts.store.Keys.documentId(bucket, key), key),
                "failed, to be retried: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** One notification's counts: each is 0 or 1, so CloudWatch's sums count documents read and redeliveries. */
    private static Map<String, Double> metrics(IngestPipeline.Reading reading) {
        DocumentRecord doc = reading.document();
        boolean read = !reading.redelivered(); // a redelivery reads nothing: it counts only as one
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put("DocumentsProcessed", read && doc.status() == io.transcripts.model.Status.PROCESSED ? 1.0 : 0.0);
        m.put("DocumentsDegraded", read && doc.status() == io.transcripts.model.Status.DEGRADED ? 1.0 : 0.0);
        m.put("DocumentsFailed", read && doc.status() == io.transcripts.model.Status.FAILED ? 1.0 : 0.0);
        m.put("Duplicates", read && doc.duplicateOf() != null ? 1.0 : 0.0);
        m.put("Redeliveries", read ? 0.0 : 1.0);
        return m;
    }
}
