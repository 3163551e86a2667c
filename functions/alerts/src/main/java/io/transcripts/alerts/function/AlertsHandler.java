package io.transcripts.alerts.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import io.transcripts.alerts.AlertPolicy;
import io.transcripts.aws.Clients;
import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import io.transcripts.store.Keys;
import io.transcripts.store.StoredGuidance;
import io.transcripts.store.TranscriptStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The table's stream, filtered to guidance items: one stored alert and one EventBridge event per
 * new or changed item. A record that fails is reported alone so the batch is bisected, not replayed.
 */
public final class AlertsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final TranscriptStore store;
    private final AlertPublisher publisher;
    private final Clock clock;

    public AlertsHandler() {
        this(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), System.getenv(),
                Clock.systemUTC());
    }

    public AlertsHandler(DynamoDbClient ddb, EventBridgeClient events, Map<String, String> env, Clock clock) {
        this.store = new TranscriptStore(ddb, Clients.required(env, "TABLE_NAME"));
        this.publisher = new AlertPublisher(events, Clients.required(env, "EVENT_BUS_NAME"));
        this.clock = clock;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord r : event.getRecords()) {
            try {
                handle(r, context);
            } catch (RuntimeException e) {
                if (context != null && context.getLogger() != null) {
                    context.getLogger().log("record " + r.getEventID() + " failed: " + e.getMessage() + "\n");
                }
                failures.add(new StreamsEventResponse.BatchItemFailure(r.getDynamodb().getSequenceNumber()));
            }
        }
        return new StreamsEventResponse(failures);
    }

    private void handle(DynamodbEvent.DynamodbStreamRecord r, Context context) {
        Map<String, AttributeValue> image = r.getDynamodb().getNewImage();
        if (image == null || !image.containsKey(Keys.TYPE) || !"GUIDANCE".equals(image.get(Keys.TYPE).getS())) {
            return; // the event source filter already drops these; a test or replay may not
        }
        StoredGuidance sg = Json.read(image.get(Keys.BODY).getS(), StoredGuidance.class);
        Optional<Alert> alert = AlertPolicy.alertFor(sg, clock.instant());
        if (alert.isEmpty()) {
            store.removeAlert(sg.documentId(), sg.guidance().itemKey());
            return;
        }
        Alert a = alert.get();
        if (store.recordAlert(a, AlertPolicy.fingerprint(a))) {
            publisher.publish(a);
            store.markPublished(a);
            if (context != null && context.getLogger() != null) {
                context.getLogger().log("alert " + a.direction() + " " + a.metric() + " " + a.period() + "\n");
            }
        }
    }
}
