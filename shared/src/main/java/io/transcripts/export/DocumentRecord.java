package io.transcripts.export;

import io.transcripts.model.CallInfo;
import io.transcripts.model.LayoutInfo;
import io.transcripts.model.SourceInfo;
import io.transcripts.model.Status;
import java.util.List;

/** The document's own item: what was uploaded, how it was read, and how that went. */
public record DocumentRecord(String documentId, Status status, List<String> warnings, String error,
                             SourceInfo source, LayoutInfo layout, CallInfo call, String companyKey,
                             String processedAt) {
}
