package io.transcripts.language;

import io.transcripts.model.Unit;

/**
 * A low..high range at a position in a sentence: low == high for a point, high null for a floor
 * ("over $10 million"), low null for a ceiling ("up to 5%"); unit null where the text gives none.
 */
public record Range(Double low, Double high, Unit unit, int start, int end) {
    /** The value a reported metric takes: a point, or the bound that was written. */
    public Double level() {
        return low != null ? low : high;
    }

    public boolean isPoint() {
        return low != null && low.equals(high);
    }

    public Range negated() {
        return new Range(high == null ? null : -high, low == null ? null : -low, unit, start, end);
    }

    /** The largest magnitude of its bounds. */
    public double magnitude() {
        return Math.max(Math.abs(low == null ? 0 : low), Math.abs(high == null ? 0 : high));
    }
}
