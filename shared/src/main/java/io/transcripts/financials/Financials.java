package io.transcripts.financials;

import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import java.util.List;

/**
 * What one call reports and guides. {@code qualitative} holds guidance said in words only
 * ("mid-single-digit growth"): kept as text with no number, apart from the numeric items.
 */
public record Financials(List<ReportedMetric> metrics, List<Guidance> guidance, List<Guidance> qualitative) {
    public Financials {
        metrics = List.copyOf(metrics);
        guidance = List.copyOf(guidance);
        qualitative = List.copyOf(qualitative);
    }

    public Financials(List<ReportedMetric> metrics, List<Guidance> guidance) {
        this(metrics, guidance, List.of());
    }
}
