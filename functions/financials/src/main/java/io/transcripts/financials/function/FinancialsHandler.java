package io.transcripts.financials.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.transcripts.aws.CapacityMeter;
import io.transcripts.aws.Clients;
import io.transcripts.aws.FunctionLog;
import io.transcripts.aws.Priming;
import io.transcripts.financials.Financials;
import io.transcripts.priming.SampleCall;
import io.transcripts.store.TranscriptStore;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** S3 ObjectCreated under the processed prefix: metrics and guidance of each processed transcript. */
public final class FinancialsHandler implements RequestHandler<S3Event, String> {
    private final FinancialsPipeline pipeline;
    private final String processedPrefix;
    /** Held: the CRaC context keeps its resources weakly. */
    private final Priming priming;
    private final CapacityMeter meter;
    private final FunctionLog log;

    public FinancialsHandler() {
        this(new CapacityMeter(), System.getenv());
    }

    private FinancialsHandler(CapacityMeter meter, Map<String, String> env) {
        this(S3ObjectReader.create(), meter.client(), env, meter);
    }

    public FinancialsHandler(S3ObjectReader s3, DynamoDbClient ddb, Map<String, String> env) {
        this(s3, ddb, env, new CapacityMeter());
    }

    /** @param meter the meter on {@code ddb}, whose units each document's log line reports */
    public FinancialsHandler(S3ObjectReader s3, DynamoDbClient ddb, Map<String, String> env, CapacityMeter meter) {
        this.meter = meter;
        this.log = new FunctionLog("financials", env);
        TranscriptStore store = new TranscriptStore(ddb, Clients.required(env, "TABLE_NAME"));
        this.pipeline = new FinancialsPipeline(s3, store);
        this.processedPrefix = Clients.optional(env, "PROCESSED_PREFIX", "processed/");
        this.priming = Priming.register(env, () -> {
            SampleCall.warm(3);
            Priming.reach("DynamoDB", () -> store.guidanceHistory(Priming.ABSENT_KEY, Priming.ABSENT_KEY));
        });
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        int items = 0;
        meter.take();
        FunctionLog.About invocation = FunctionLog.invocation(context == null ? null : context.getAwsRequestId());
        for (S3EventNotificationRecord r : event.getRecords()) {
            String key = r.getS3().getObject().getUrlDecodedKey();
            if (!key.startsWith(processedPrefix)) {
                continue;
            }
            String version = r.getS3().getObject().getVersionId();
            long started = System.nanoTime();
            String documentId = key.substring(processedPrefix.length()).replaceFirst("\\.json$", "");
            FunctionLog.About about = invocation.document(documentId, key);
            Financials f;
            try {
                f = pipeline.process(r.getS3().getBucket().getName(), key, version == null || version.isEmpty() ? null : version);
            } catch (RuntimeException e) {
                log.warn(about, "failed, to be retried: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                throw e;
            }
            items += f.metrics().size() + f.guidance().size();
            log.info(about, f.metrics().size() + " metrics, " + f.guidance().size() + " guidance, " + f.qualitative().size() + " in words");
            log.info(about, CapacityMeter.line("financials", documentId, meter.take()));
            log.metrics(about, Map.of("Metrics", (double) f.metrics().size(), "GuidanceItems", (double) f.guidance().size(),
                    "OutlookItems", (double) f.qualitative().size()), (System.nanoTime() - started) / 1e6);
        }
        return "stored " + items;
    }
}
