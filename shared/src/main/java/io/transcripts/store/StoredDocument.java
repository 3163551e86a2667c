package io.transcripts.store;

import io.transcripts.model.StoredGuidance;
import io.transcripts.export.DocumentRecord;
import io.transcripts.model.Alert;
import io.transcripts.model.Exchange;
import io.transcripts.model.Guidance;
import io.transcripts.model.Participant;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.Turn;
import java.util.List;

/** Everything stored for one document, read back with one query. */
public record StoredDocument(DocumentRecord document, List<Participant> participants, List<Turn> turns,
                             List<Exchange> exchanges, List<ReportedMetric> metrics, List<StoredGuidance> guidance,
                             List<Guidance> outlook, List<Alert> alerts) {
}
