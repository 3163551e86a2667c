package io.transcripts.alerts.function;

import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/** Publishes alerts to EventBridge: source {@value #SOURCE}, detail-type {@value #DETAIL_TYPE}, detail the alert. */
public final class AlertPublisher {
    public static final String SOURCE = "transcripts.guidance";
    public static final String DETAIL_TYPE = "Guidance Changed";
    private final EventBridgeClient events;
    private final String busName;

    public AlertPublisher(EventBridgeClient events, String busName) {
        this.events = events;
        this.busName = busName;
    }

    public void publish(Alert a) {
        PutEventsResponse r = events.putEvents(b -> b.entries(PutEventsRequestEntry.builder()
                .eventBusName(busName).source(SOURCE).detailType(DETAIL_TYPE)
                .detail(Json.write(a)).build()));
        if (r.failedEntryCount() != null && r.failedEntryCount() > 0) {
            throw new IllegalStateException("EventBridge refused alert " + a.alertId() + ": "
                    + r.entries().get(0).errorCode() + " " + r.entries().get(0).errorMessage());
        }
    }
}
