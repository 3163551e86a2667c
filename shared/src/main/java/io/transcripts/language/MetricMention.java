package io.transcripts.language;

import io.transcripts.model.Basis;

/**
 * A metric named at a position in a sentence, with the basis its words give and the business
 * segment it is about (null: the company as a whole); {@code metric} null for a blocker.
 */
public record MetricMention(String metric, Basis basis, int start, int end, String segment) {
    public MetricMention(String metric, Basis basis, int start, int end) {
        this(metric, basis, start, end, null);
    }

    public MetricMention withBasis(Basis b) {
        return new MetricMention(metric, b, start, end, segment);
    }

    public MetricMention inSegment(String s) {
        return new MetricMention(metric, basis, start, end, s);
    }

    /** The name an item of this mention takes: the segment's ("gaming_revenue_growth") or the metric's own. */
    public String qualified(String typedMetric) {
        return segment == null ? typedMetric : segment + "_" + typedMetric;
    }

    public boolean blocker() {
        return metric == null;
    }
}
