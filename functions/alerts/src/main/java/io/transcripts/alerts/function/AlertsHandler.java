package io.transcripts.alerts.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import io.transcripts.alerts.AlertPolicy;
import io.transcripts.aws.CapacityMeter;
import io.transcripts.aws.Clients;
import io.transcripts.aws.Priming;
import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import io.transcripts.priming.SampleCall;
import io.transcripts.store.Keys;
import io.transcripts.model.StoredGuidance;
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
 * new or changed item; a correction when a published alert's content changes, a retraction when it
 * no longer holds (the item turned REITERATED, or was removed). A record that fails is reported as
 * the batch's first failure, so Lambda retries from it and not the records before it.
 */
public final class AlertsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final TranscriptStore store;
    private final AlertPublisher publisher;
    private final Clock clock;
    /** Held: the CRaC context keeps its resources weakly. */
    private final Priming priming;
    private final CapacityMeter meter;

    public AlertsHandler() {
        this(new CapacityMeter());
    }

    private AlertsHandler(CapacityMeter meter) {
        this(meter.client(), EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), System.getenv(),
                Clock.systemUTC(), meter);
    }

    public AlertsHandler(DynamoDbClient ddb, EventBridgeClient events, Map<String, String> env, Clock clock) {
        this(ddb, events, env, clock, new CapacityMeter());
    }

    /** @param meter the meter on {@code ddb}, whose units each record's log line reports */
    public AlertsHandler(DynamoDbClient ddb, EventBridgeClient events, Map<String, String> env, Clock clock, CapacityMeter meter) {
        this.meter = meter;
        this.store = new TranscriptStore(ddb, Clients.required(env, "TABLE_NAME"));
        this.publisher = new AlertPublisher(events, Clients.required(env, "EVENT_BUS_NAME"));
        this.clock = clock;
        this.priming = Priming.register(env, () -> {
            SampleCall.warm(1);
            Priming.reach("DynamoDB", () -> store.document(Priming.ABSENT_KEY));
        });
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords();
        for (int i = 0; i < records.size(); i++) {
            try {
                meter.take();
                String documentId = handle(records.get(i), context);
                if (documentId != null) {
                    log(context, CapacityMeter.line("alerts", documentId, meter.take()));
                }
            } catch (RuntimeException e) {
                log(context, "record " + records.get(i).getEventID() + " failed: " + e.getMessage());
                // the records after it wait for it: an item's changes are applied in stream order
                for (DynamodbEvent.DynamodbStreamRecord rest : records.subList(i, records.size())) {
                    failures.add(new StreamsEventResponse.BatchItemFailure(rest.getDynamodb().getSequenceNumber()));
                }
                break;
            }
        }
        return new StreamsEventResponse(failures);
    }

    /** Applies one stream record; returns the document it was about, or null for a record of no guidance. */
    private String handle(DynamodbEvent.DynamodbStreamRecord r, Context context) {
        Map<String, AttributeValue> image = "REMOVE".equals(r.getEventName()) ? r.getDynamodb().getOldImage()
                : r.getDynamodb().getNewImage();
        if (image == null || !image.containsKey(Keys.TYPE) || !"GUIDANCE".equals(image.get(Keys.TYPE).getS())) {
            return null; // the event source filter already drops these; a test or replay may not
        }
        StoredGuidance sg = Json.read(image.get(Keys.BODY).getS(), StoredGuidance.class);
        String itemKey = sg.guidance().itemKey();
        Optional<TranscriptStore.StoredAlert> before = store.alert(sg.documentId(), itemKey);
        Optional<Alert> alert = "REMOVE".equals(r.getEventName()) ? Optional.empty() : AlertPolicy.alertFor(sg, clock.instant());
        if (alert.isEmpty()) {
            if (before.isPresent()) {
                if (before.get().published()) {
                    publisher.retract(before.get().alert(), "REMOVE".equals(r.getEventName())
                            ? "the guidance item is no longer in the document"
                            : "the guidance is now " + sg.guidance().direction() + " against an earlier call",
                            clock.instant().toString());
                }
                store.removeAlert(sg.documentId(), itemKey);
                log(context, "alert retracted " + itemKey);
            }
            return sg.documentId();
        }
        Alert a = alert.get();
        String fingerprint = AlertPolicy.fingerprint(a);
        if (before.isPresent() && before.get().published() && fingerprint.equals(before.get().fingerprint())) {
            return sg.documentId(); // this change went out already: a re-delivery or a reprocessed upload
        }
        if (!store.recordAlert(a, fingerprint, before)) {
            throw new IllegalStateException("the alert for " + itemKey + " changed while it was handled; retrying");
        }
        if (before.isPresent() && before.get().published()) {
            publisher.correct(a);
        } else {
            publisher.publish(a);
        }
        store.markPublished(a);
        log(context, "alert " + a.direction() + " " + a.metric() + " " + a.period());
        return sg.documentId();
    }

    private static void log(Context context, String message) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(message + "\n");
        }
    }
}
