package io.transcripts.alerts.function;

import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Publishes alerts to EventBridge, source {@value #SOURCE}: {@value #DETAIL_TYPE} for a new alert,
 * {@value #CORRECTED} when a published alert's content changed (an earlier call arrived late and
 * gave it a prior), {@value #RETRACTED} when a published alert no longer holds. Applied in order by
 * {@code alertId}, the three leave a consumer with the alerts the table holds.
 */
public final class AlertPublisher {
    public static final String SOURCE = "transcripts.guidance";
    public static final String DETAIL_TYPE = "Guidance Changed";
    public static final String CORRECTED = "Guidance Alert Corrected";
    public static final String RETRACTED = "Guidance Alert Retracted";
    private final EventBridgeClient events;
    private final String busName;

    public AlertPublisher(EventBridgeClient events, String busName) {
        this.events = events;
        this.busName = busName;
    }

    public void publish(Alert a) {
        put(DETAIL_TYPE, a.alertId(), Json.write(a));
    }

    /** The alert with this id now says this instead of what was published before. */
    public void correct(Alert a) {
        put(CORRECTED, a.alertId(), Json.write(a));
    }

    /** The alert with this id no longer holds: its guidance item turned REITERATED or is gone. */
    public void retract(Alert published, String reason, String at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("alertId", published.alertId());
        detail.put("documentId", published.documentId());
        detail.put("company", published.company());
        detail.put("ticker", published.ticker());
        detail.put("metric", published.metric());
        detail.put("period", published.period());
        detail.put("basis", published.basis());
        detail.put("reason", reason);
        detail.put("retractedAt", at);
        put(RETRACTED, published.alertId(), Json.write(detail));
    }

    private void put(String detailType, String alertId, String detail) {
        PutEventsResponse r = events.putEvents(b -> b.entries(PutEventsRequestEntry.builder()
                .eventBusName(busName).source(SOURCE).detailType(detailType).detail(detail).build()));
        if (r.failedEntryCount() != null && r.failedEntryCount() > 0) {
            throw new IllegalStateException("EventBridge refused " + detailType + " for " + alertId + ": "
                    + r.entries().get(0).errorCode() + " " + r.entries().get(0).errorMessage());
        }
    }
}
