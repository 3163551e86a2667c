package io.transcripts.alerts.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import io.transcripts.alerts.AlertPolicy;
import io.transcripts.aws.CapacityMeter;
import io.transcripts.aws.Clients;
import io.transcripts.aws.FunctionLog;
import io.transcripts.aws.Priming;
import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import io.transcripts.priming.SampleCall;
import io.transcripts.store.Keys;
import io.transcripts.model.StoredGuidance;
import io.transcripts.store.TranscriptStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The table's stream, filtered to guidance items: one stored alert and one EventBridge event per
 * new or changed item; a correction when a published alert's content changes, a retraction when it
 * no longer holds (the item turned REITERATED, or was removed). A batch's stored alerts are read in
 * one query per document; the alerts a document's records raise are written as one page (one item
 * and one GSI3 entry, however many alerts) once their events are out, and the older pages they
 * replace alerts in are rewritten in the same batch. A record
 * that fails is reported as the batch's first failure, so Lambda retries from it and not the records
 * before it, whose alerts are stored first.
 */
public final class AlertsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final TranscriptStore store;
    private final AlertPublisher publisher;
    private final Clock clock;
    /** Held: the CRaC context keeps its resources weakly. */
    private final Priming priming;
    private final CapacityMeter meter;
    private final FunctionLog log;

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
        this.log = new FunctionLog("alerts", env);
        this.priming = Priming.register(env, () -> {
            SampleCall.warm(1);
            Priming.reach("DynamoDB", () -> store.alerts(List.of(Priming.ABSENT_KEY)));
        });
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        long started = System.nanoTime();
        FunctionLog.About invocation = FunctionLog.invocation(context == null ? null : context.getAwsRequestId());
        Tally tally = new Tally();
        List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords();
        Map<TranscriptStore.AlertKey, TranscriptStore.StoredAlert> stored = new HashMap<>();
        Pending pending = new Pending(stored);
        List<Parsed> parsed = parse(records);
        int failedAt = -1;
        for (int i = 0; i < records.size(); i++) {
            Optional<Change> change;
            try {
                if (i == 0) {
                    meter.take();
                    // the batch's alerts in one read; the map then follows the table as records are applied
                    stored.putAll(store.alerts(parsed.stream().flatMap(p -> p.change().stream()).map(c -> c.guidance().documentId()).toList()));
                }
                change = parsed.get(i).get();
            } catch (RuntimeException e) {
                log.warn(invocation, "record " + records.get(i).getEventID() + " failed: " + e.getMessage());
                failedAt = i;
                break;
            }
            if (change.isEmpty()) {
                continue;
            }
            String documentId = change.get().guidance().documentId();
            if (pending.documentId != null && !pending.documentId.equals(documentId)) {
                try {
                    pending.flush(invocation);
                } catch (RuntimeException e) {
                    log.warn(invocation.document(pending.documentId, null), "alert writes failed: " + e.getMessage());
                    failedAt = pending.abandon();
                    break;
                }
            }
            pending.begin(documentId, i);
            try {
                apply(change.get(), stored, pending, invocation.document(documentId, change.get().guidance().sourceKey()), tally);
            } catch (RuntimeException e) {
                log.warn(invocation.document(documentId, change.get().guidance().sourceKey()),
                        "record " + records.get(i).getEventID() + " failed: " + e.getMessage());
                failedAt = i;
                break;
            }
        }
        try {
            pending.flush(invocation); // what went out before a failure is written, so its retry publishes nothing twice
        } catch (RuntimeException e) {
            log.warn(invocation.document(pending.documentId, null), "alert writes failed: " + e.getMessage());
            int from = pending.abandon();
            failedAt = failedAt < 0 ? from : Math.min(failedAt, from);
        }
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        if (failedAt >= 0) {
            // the records after it wait for it: an item's changes are applied in stream order
            for (DynamodbEvent.DynamodbStreamRecord rest : records.subList(failedAt, records.size())) {
                failures.add(new StreamsEventResponse.BatchItemFailure(rest.getDynamodb().getSequenceNumber()));
            }
        }
        Map<String, Double> counts = new LinkedHashMap<>();
        counts.put("Records", (double) records.size());
        counts.put("AlertsPublished", (double) tally.published);
        counts.put("AlertsCorrected", (double) tally.corrected);
        counts.put("AlertsRetracted", (double) tally.retracted);
        counts.put("RecordsFailed", (double) failures.size());
        log.metrics(invocation, counts, (System.nanoTime() - started) / 1e6);
        return new StreamsEventResponse(failures);
    }

    /** What an invocation sent to the bus, for its metrics. */
    private static final class Tally {
        int published;
        int corrected;
        int retracted;
    }

    /**
     * One document's alert pages, held until its records are applied and then written in one
     * batch: its events went out already, so the writes are what a retry must not lose. The alerts
     * its records raise share one instant, their createdAt, which names their page.
     */
    private final class Pending {
        /** The pages to write: the new one, and those an alert moved out of. */
        final java.util.Set<String> pages = new java.util.HashSet<>();
        final Map<TranscriptStore.AlertKey, TranscriptStore.StoredAlert> stored;
        String documentId;
        java.time.Instant at;
        /** The first record whose writes are held, or -1. */
        int from = -1;

        Pending(Map<TranscriptStore.AlertKey, TranscriptStore.StoredAlert> stored) {
            this.stored = stored;
        }

        void begin(String documentId, int record) {
            if (this.documentId == null) {
                at = clock.instant();
            }
            this.documentId = documentId;
            if (from < 0) {
                from = record;
            }
        }

        String page() {
            return Keys.alertPage(at.toString());
        }

        /** Drops the held writes (they failed); returns the first record they came from. */
        int abandon() {
            int first = from;
            pages.clear();
            documentId = null;
            from = -1;
            return first;
        }

        void flush(FunctionLog.About invocation) {
            if (documentId == null) {
                return;
            }
            if (!pages.isEmpty()) {
                String doc = documentId;
                store.saveAlertPages(doc, pages, stored.values().stream().filter(a -> a.alert().documentId().equals(doc)).toList());
                pages.clear();
            }
            log.info(invocation.document(documentId, null), CapacityMeter.line("alerts", documentId, meter.take()));
            documentId = null;
            from = -1;
        }
    }

    /** A stream record about a guidance item: the item as written (or as it was, when removed). */
    private record Change(StoredGuidance guidance, boolean removed) {
        TranscriptStore.AlertKey key() {
            return new TranscriptStore.AlertKey(guidance.documentId(), guidance.guidance().itemKey());
        }
    }

    /** A record read once: its change (if it is about guidance), or why it could not be read. */
    private record Parsed(Optional<Change> change, RuntimeException error) {
        Optional<Change> get() {
            if (error != null) {
                throw error; // handling that record fails it, and only it and those after it retry
            }
            return change;
        }
    }

    private static List<Parsed> parse(List<DynamodbEvent.DynamodbStreamRecord> records) {
        List<Parsed> out = new ArrayList<>(records.size());
        for (DynamodbEvent.DynamodbStreamRecord r : records) {
            try {
                out.add(new Parsed(change(r), null));
            } catch (RuntimeException unreadable) {
                out.add(new Parsed(Optional.empty(), unreadable));
            }
        }
        return out;
    }

    private static Optional<Change> change(DynamodbEvent.DynamodbStreamRecord r) {
        boolean removed = "REMOVE".equals(r.getEventName());
        Map<String, AttributeValue> image = removed ? r.getDynamodb().getOldImage() : r.getDynamodb().getNewImage();
        if (image == null || !image.containsKey(Keys.TYPE) || !"GUIDANCE".equals(image.get(Keys.TYPE).getS())) {
            return Optional.empty(); // the event source filter already drops these; a test or replay may not
        }
        return Optional.of(new Change(Json.read(image.get(Keys.BODY).getS(), StoredGuidance.class), removed));
    }

    /**
     * Applies one guidance change: publishes what it changes and holds the alert write it needs,
     * keeping {@code stored} as the table will stand.
     */
    private void apply(Change change, Map<TranscriptStore.AlertKey, TranscriptStore.StoredAlert> stored, Pending pending,
                       FunctionLog.About about, Tally tally) {
        StoredGuidance sg = change.guidance();
        TranscriptStore.AlertKey key = change.key();
        Optional<TranscriptStore.StoredAlert> before = Optional.ofNullable(stored.get(key));
        Optional<Alert> alert = change.removed() ? Optional.empty() : AlertPolicy.alertFor(sg, pending.at);
        if (alert.isEmpty()) {
            if (before.isPresent()) {
                if (before.get().published()) {
                    publisher.retract(before.get().alert(), change.removed()
                            ? "the guidance item is no longer in the document"
                            : "the guidance is now " + sg.guidance().direction() + " against an earlier call",
                            clock.instant().toString());
                    tally.retracted++;
                }
                stored.remove(key);
                pending.pages.add(before.get().page());
                log.info(about, "alert retracted " + key.itemKey());
            }
            return;
        }
        Alert a = alert.get();
        String fingerprint = AlertPolicy.fingerprint(a);
        if (before.isPresent() && before.get().published() && fingerprint.equals(AlertPolicy.fingerprint(before.get().alert()))) {
            return; // this change went out already: a re-delivery or a reprocessed upload
        }
        // published first, then stored: a stored alert is a published one
        if (before.isPresent() && before.get().published()) {
            publisher.correct(a);
            tally.corrected++;
        } else {
            publisher.publish(a);
            tally.published++;
        }
        stored.put(key, new TranscriptStore.StoredAlert(a, true, pending.page()));
        pending.pages.add(pending.page());
        before.ifPresent(b -> pending.pages.add(b.page()));
        log.info(about, "alert " + a.direction() + " " + a.metric() + " " + a.period());
    }
}
