package io.transcripts.financials;

/** A low..high range (low == high for a point, high null for a floor) at a position in a sentence. */
public record Range(Double low, Double high, String unit, int start, int end) {
}
