package io.transcripts.language;

import io.transcripts.model.Basis;

/** A metric named at a position in a sentence, with the basis its words give; {@code metric} null for a blocker. */
public record MetricMention(String metric, Basis basis, int start, int end) {
    public MetricMention withBasis(Basis b) {
        return new MetricMention(metric, b, start, end);
    }

    public boolean blocker() {
        return metric == null;
    }
}
