package io.transcripts.financials;

import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import java.util.List;

/** What one call reports and guides. */
public record Financials(List<ReportedMetric> metrics, List<Guidance> guidance) {
    public Financials {
        metrics = List.copyOf(metrics);
        guidance = List.copyOf(guidance);
    }
}
