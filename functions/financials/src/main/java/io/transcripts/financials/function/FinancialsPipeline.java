package io.transcripts.financials.function;

import io.transcripts.export.DocumentRecord;
import io.transcripts.export.Json;
import io.transcripts.export.ProcessedTranscript;
import io.transcripts.financials.FinancialExtractor;
import io.transcripts.financials.GuidanceHistory;
import io.transcripts.financials.Financials;
import io.transcripts.model.Guidance;
import io.transcripts.store.Keys;
import io.transcripts.store.StoredGuidance;
import io.transcripts.store.TranscriptStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A processed transcript: its metrics and guidance, each guidance item's direction from the
 * call's words or, where they are silent, from the stored history of earlier calls.
 */
public final class FinancialsPipeline {
    private final S3Client s3;
    private final TranscriptStore store;

    public FinancialsPipeline(S3Client s3, TranscriptStore store) {
        this.s3 = s3;
        this.store = store;
    }

    public Financials process(String bucket, String key, String versionId) {
        String json = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(versionId))
                .asString(StandardCharsets.UTF_8);
        ProcessedTranscript p = Json.read(json, ProcessedTranscript.class);
        DocumentRecord doc = p.document();
        Financials extracted;
        try {
            extracted = FinancialExtractor.extract(p.transcript());
        } catch (RuntimeException | StackOverflowError e) {
            // the domain could not read this text: the record says so, and keeps no stale numbers
            store.updateDocument(doc.degraded("metrics and guidance could not be read: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage()));
            Financials none = new Financials(List.of(), List.of(), List.of());
            store.saveFinancials(doc, none);
            return none;
        }
        String company = Keys.company(doc.call().ticker(), doc.call().company());
        // one history query per metric, shared by every item of that metric, before and after saving
        Map<String, List<StoredGuidance>> histories = new HashMap<>();
        Function<String, List<StoredGuidance>> history = metric -> company == null ? List.of()
                : histories.computeIfAbsent(metric, m -> store.guidanceHistory(company, m));
        List<Guidance> resolved = new ArrayList<>();
        for (Guidance g : extracted.guidance()) {
            Optional<StoredGuidance> prior = GuidanceHistory.prior(history.apply(g.metric()), g, doc.call().date(), doc.documentId());
            resolved.add(GuidanceHistory.resolve(g, prior.map(StoredGuidance::guidance).orElse(null),
                    prior.map(StoredGuidance::documentId).orElse(null)));
        }
        Financials result = new Financials(extracted.metrics(), resolved, extracted.qualitative());
        store.saveFinancials(doc, result);
        for (Guidance g : resolved) {
            repairLaterCall(g, history.apply(g.metric()), doc);
        }
        return result;
    }

    /**
     * History goes by call date, not upload order: when an earlier call arrives after a later one,
     * the later call's item that had no history to compare with now has this call's as its prior.
     * The rewritten item reaches the alerts function through the stream like any other.
     */
    private void repairLaterCall(Guidance g, List<StoredGuidance> history, DocumentRecord doc) {
        GuidanceHistory.next(history, g, doc.call().date(), doc.documentId())
                .flatMap(later -> GuidanceHistory.withLateArrivingPrior(later.guidance(), g, doc.documentId())
                        .map(updated -> new StoredGuidance(later.documentId(), later.companyKey(), later.company(),
                                later.ticker(), later.callDate(), later.sourceKey(), updated)))
                .ifPresent(store::updateGuidance);
    }
}
