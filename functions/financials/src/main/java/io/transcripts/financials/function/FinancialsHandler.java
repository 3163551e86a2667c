package io.transcripts.financials.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.transcripts.aws.Clients;
import io.transcripts.financials.Financials;
import io.transcripts.store.TranscriptStore;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** S3 ObjectCreated under the processed prefix: metrics and guidance of each processed transcript. */
public final class FinancialsHandler implements RequestHandler<S3Event, String> {
    private final FinancialsPipeline pipeline;
    private final String processedPrefix;

    public FinancialsHandler() {
        this(S3ObjectReader.create(),
                DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), System.getenv());
    }

    public FinancialsHandler(S3ObjectReader s3, DynamoDbClient ddb, Map<String, String> env) {
        this.pipeline = new FinancialsPipeline(s3, new TranscriptStore(ddb, Clients.required(env, "TABLE_NAME")));
        this.processedPrefix = Clients.optional(env, "PROCESSED_PREFIX", "processed/");
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        int items = 0;
        for (S3EventNotificationRecord r : event.getRecords()) {
            String key = r.getS3().getObject().getUrlDecodedKey();
            if (!key.startsWith(processedPrefix)) {
                continue;
            }
            String version = r.getS3().getObject().getVersionId();
            Financials f = pipeline.process(r.getS3().getBucket().getName(), key,
                    version == null || version.isEmpty() ? null : version);
            items += f.metrics().size() + f.guidance().size();
            if (context != null && context.getLogger() != null) {
                context.getLogger().log(key + ": " + f.metrics().size() + " metrics, " + f.guidance().size() + " guidance\n");
            }
        }
        return "stored " + items;
    }
}
