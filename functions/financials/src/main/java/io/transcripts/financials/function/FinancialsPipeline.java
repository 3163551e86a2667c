package io.transcripts.financials.function;

import io.transcripts.export.DocumentRecord;
import io.transcripts.export.Json;
import io.transcripts.export.ProcessedTranscript;
import io.transcripts.financials.CallGuidance;
import io.transcripts.financials.FinancialExtractor;
import io.transcripts.financials.Financials;
import io.transcripts.model.CompanyKey;
import io.transcripts.store.TranscriptStore;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A processed transcript: its metrics and guidance, each guidance item's direction from the
 * call's words or, where they are silent, from the stored history of earlier calls.
 */
public final class FinancialsPipeline {
    private final S3ObjectReader s3;
    private final TranscriptStore store;

    public FinancialsPipeline(S3ObjectReader s3, TranscriptStore store) {
        this.s3 = s3;
        this.store = store;
    }

    public Financials process(String bucket, String key, String versionId) {
        String json = new String(s3.get(bucket, key, versionId), StandardCharsets.UTF_8);
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
        CallGuidance call = new CallGuidance(store, CompanyKey.of(doc.call().ticker(), doc.call().company()),
                doc.call().date(), doc.documentId());
        Financials result = new Financials(extracted.metrics(), call.resolve(extracted.guidance()), extracted.qualitative());
        store.saveFinancials(doc, result, !p.firstReading());
        call.repairLaterCalls(result.guidance());
        return result;
    }
}
