package io.transcripts.export;

import io.transcripts.model.CallInfo;
import io.transcripts.model.LayoutInfo;
import io.transcripts.model.SourceInfo;
import io.transcripts.model.Status;
import java.util.List;

/**
 * The document's own item: what was uploaded, how it was read, and how that went. {@code duplicateOf}
 * names the earlier document with the same content (sha256) when this upload is a copy of it.
 */
public record DocumentRecord(String documentId, Status status, List<String> warnings, String error,
                             SourceInfo source, LayoutInfo layout, CallInfo call, String companyKey,
                             String processedAt, String duplicateOf) {
    public DocumentRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The same record, DEGRADED with one more warning: a later stage could not trust its part. */
    public DocumentRecord degraded(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new DocumentRecord(documentId, status == Status.FAILED ? Status.FAILED : Status.DEGRADED, w, error, source,
                layout, call, companyKey, processedAt, duplicateOf);
    }
}
